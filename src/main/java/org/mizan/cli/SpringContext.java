package org.mizan.cli;

import org.mizan.MizanApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context (database, migrations, job) for the commands that need it. */
final class SpringContext {

	private SpringContext() {
	}

	/**
	 * @param purpose what the process is doing, recorded in the data folder's lock for whoever finds it busy
	 * @throws DataDirectoryLock.BusyException when another Mizan process uses the same data folder
	 */
	static ConfigurableApplicationContext start(String purpose) {
		return new SpringApplicationBuilder(MizanApplication.class).logStartupInfo(false)
			// start-up failures are reported by the command line, in one line when they are the operator's to fix
			.properties("logging.level.org.springframework.boot.SpringApplication=OFF")
			.listeners(new DataDirectoryLock(purpose))
			.run();
	}

}
