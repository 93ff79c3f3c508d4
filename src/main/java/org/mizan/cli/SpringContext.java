package org.mizan.cli;

import java.time.Duration;

import org.mizan.MizanApplication;
import org.mizan.job.RunLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application context (database, migrations, job) for the commands that need it. On SIGTERM the runs in
 * progress stop after their current chunk before the database is closed, so they can be restarted.
 */
final class SpringContext {

	private static final Logger log = LoggerFactory.getLogger(SpringContext.class);

	static final Duration STOP_WAIT = Duration.ofMinutes(2);

	private SpringContext() {
	}

	/**
	 * @param purpose what the process is doing, recorded in the data folder's lock for whoever finds it busy
	 * @throws DataDirectoryLock.BusyException when another Mizan process uses the same data folder
	 */
	static ConfigurableApplicationContext start(String purpose) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MizanApplication.class)
			.logStartupInfo(false)
			// start-up failures are reported by the command line, in one line when they are the operator's to fix
			.properties("logging.level.org.springframework.boot.SpringApplication=OFF",
					"logging.level.org.springframework.context=ERROR")
			.listeners(new DataDirectoryLock(purpose))
			.registerShutdownHook(false)
			.run();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stopGracefully(context), "mizan-shutdown"));
		return context;
	}

	private static void stopGracefully(ConfigurableApplicationContext context) {
		if (!context.isActive()) {
			return;
		}
		try {
			RunLauncher launcher = context.getBean(RunLauncher.class);
			if (launcher.isRunning()) {
				log.info("shutting down: stopping the run in progress after its current chunk");
				launcher.stopAll(STOP_WAIT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.warn("could not stop the run cleanly: {}", ex.getMessage());
		}
		finally {
			context.close();
		}
	}

}
