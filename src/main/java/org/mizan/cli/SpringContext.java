package org.mizan.cli;

import org.mizan.MizanApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context (database, migrations, job) for the commands that need it. */
final class SpringContext {

	private SpringContext() {
	}

	static ConfigurableApplicationContext start(String... properties) {
		String[] args = new String[properties.length];
		for (int i = 0; i < properties.length; i++) {
			args[i] = "--" + properties[i];
		}
		return new SpringApplicationBuilder(MizanApplication.class).logStartupInfo(false).run(args);
	}

}
