package org.mizan.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.mizan.MizanApplication;
import org.mizan.job.RunLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application context (database, migrations, job) for the commands that need
 * it. On SIGTERM the runs in progress stop after their current chunk before the database
 * is closed, so they can be restarted, and the process ends with the command's own exit
 * code (1 for a stopped run, 0 for {@code serve}), not the signal's 143.
 */
final class SpringContext {

	private static final Logger log = LoggerFactory.getLogger(SpringContext.class);

	static final Duration STOP_WAIT = Duration.ofMinutes(2);

	private static final AtomicReference<ConfigurableApplicationContext> current = new AtomicReference<>();

	private static final AtomicBoolean hooked = new AtomicBoolean();

	private static final CountDownLatch commandDone = new CountDownLatch(1);

	private static volatile int exitCode = ExitCodes.FAILED;

	private static volatile boolean exiting;

	private SpringContext() {
	}

	/**
	 * @param purpose what the process is doing, recorded in the data folder's lock for
	 * whoever finds it busy
	 * @throws DataDirectoryLock.BusyException when another Mizan process uses the same
	 * data folder
	 */
	static ConfigurableApplicationContext start(String purpose) {
		OperatorConfig config = OperatorConfig.load();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MizanApplication.class)
			.logStartupInfo(false)
			// start-up failures are reported by the command line, in one line when they
			// are the operator's to fix
			.properties("logging.level.org.springframework.boot.SpringApplication=OFF",
					"logging.level.org.springframework.context=ERROR",
					"logging.file.name=" + config.dataDir().resolve(Faults.LOG_FILE))
			.listeners(new DataDirectoryLock(purpose))
			.registerShutdownHook(false)
			.run();
		current.set(context);
		quietLogbackStatus();
		if (hooked.compareAndSet(false, true)) {
			Runtime.getRuntime().addShutdownHook(new Thread(SpringContext::onShutdown, "mizan-shutdown"));
		}
		return context;
	}

	/**
	 * Spring Boot prints logback's own errors on the console, with a stack trace each: on
	 * a full disk, one per line the log file could not take. Once started, the log's
	 * troubles are no news for the operator.
	 */
	private static void quietLogbackStatus() {
		if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
			var statuses = logback.getStatusManager();
			statuses.getCopyOfStatusListenerList()
				.stream()
				.filter(l -> l instanceof ch.qos.logback.core.status.OnConsoleStatusListener)
				.forEach(statuses::remove);
		}
	}

	/**
	 * Called by the command line when the command has returned, just before the process
	 * exits with its code.
	 */
	static void commandFinished(int code) {
		exitCode = code;
		if (signalled()) {
			// a signal ended the command (serve returns on SIGTERM): the JVM exits with
			// 143
			// unless it is halted with the command's code, which the shutdown hook does
			// once the run in progress has stopped; without the hook, here
			if (!hooked.get()) {
				System.out.flush();
				System.err.flush();
				Runtime.getRuntime().halt(code);
			}
		}
		else {
			exiting = true;
		}
		commandDone.countDown();
	}

	/** Whether the JVM is shutting down already: a signal, not the command, ends it. */
	private static boolean signalled() {
		Thread probe = new Thread(() -> {
		});
		try {
			Runtime.getRuntime().addShutdownHook(probe);
			Runtime.getRuntime().removeShutdownHook(probe);
			return false;
		}
		catch (IllegalStateException shuttingDown) {
			return true;
		}
	}

	private static void onShutdown() {
		if (exiting) {
			return; // the command finished and exits with its own code
		}
		ConfigurableApplicationContext context = current.get();
		if (context != null && context.isActive()) {
			stopGracefully(context);
		}
		try {
			// a signal: let the command print its last line, then end with its exit code
			if (commandDone.await(30, TimeUnit.SECONDS)) {
				System.out.flush();
				System.err.flush();
				Runtime.getRuntime().halt(exitCode);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void stopGracefully(ConfigurableApplicationContext context) {
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
