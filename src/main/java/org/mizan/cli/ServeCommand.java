package org.mizan.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.mizan.corpus.Corpus;
import org.mizan.corpus.CorpusResolver;
import org.mizan.job.Leftovers;
import org.mizan.job.RunLauncher;
import org.mizan.job.RunOutcome;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: the nightly mode. Runs every configured corpus, one after another, on
 * the configured schedule. It opens the database and takes the data folder only for the
 * nightly run: between runs, on-demand {@code run}, {@code status} and {@code restart}
 * work as usual; a nightly run that finds the folder busy waits for it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Stay up and run every configured corpus on the cron schedule of config/application.yml "
				+ "(mizan.schedule.cron, default every night at 02:00). Between runs the data folder is free for "
				+ "`run` and `status`. SIGTERM stops the run in progress cleanly.")
class ServeCommand implements Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	static final long BUSY_RETRY_SECONDS = 60;

	@Option(names = "--now", description = "also run once right away, then keep to the schedule")
	boolean now;

	private final CountDownLatch shutdown = new CountDownLatch(1);

	private volatile boolean stopping;

	@Override
	public Integer call() throws Exception {
		if (!OperatorConfig.present()) {
			System.err.println("mizan: " + OperatorConfig.missingLine());
			return ExitCodes.USAGE;
		}
		OperatorConfig config = OperatorConfig.load();
		String cron = config.cron();
		if (!CronExpression.isValidExpression(cron)) {
			System.err.println("mizan: mizan.schedule.cron is not a valid cron expression: " + cron);
			return ExitCodes.USAGE;
		}
		List<String> names = config.resolver().names();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stopping = true;
			shutdown.countDown();
		}));
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("nightly-");
		scheduler.initialize();
		if (now) {
			scheduler.execute(this::nightly);
		}
		scheduler.schedule(this::nightly, new CronTrigger(cron));
		say("serving corpora " + names + " on schedule '" + cron + "'; next run at "
				+ CronExpression.parse(cron).next(LocalDateTime.now()) + "; between runs the data folder is free "
				+ "for `run` and `status`");
		shutdown.await();
		scheduler.shutdown();
		return ExitCodes.DONE;
	}

	private static void say(String line) {
		System.out.println(LocalDateTime.now().format(TIME) + " INFO  " + line);
	}

	private void nightly() {
		String runKey = LocalDate.now().toString();
		while (!stopping) {
			try (ConfigurableApplicationContext context = SpringContext.start("serve: nightly run " + runKey)) {
				runAll(context, runKey);
				return;
			}
			catch (RuntimeException ex) {
				Throwable busy = ex;
				while (busy != null && !(busy instanceof DataDirectoryLock.BusyException)) {
					busy = busy.getCause();
				}
				if (busy == null) {
					say("the nightly run " + runKey + " could not start: " + ex.getMessage());
					return;
				}
				say("the nightly run " + runKey + " waits: " + busy.getMessage() + "; trying again in "
						+ BUSY_RETRY_SECONDS + " s");
			}
			try {
				shutdown.await(BUSY_RETRY_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void runAll(ConfigurableApplicationContext context, String runKey) {
		CorpusResolver resolver = context.getBean(CorpusResolver.class);
		RunLauncher launcher = context.getBean(RunLauncher.class);
		context.getBean(Leftovers.class).clean();
		for (Long abandoned : launcher.abandonedExecutions()) {
			launcher.markFailed(abandoned);
			say("execution " + abandoned + " was left STARTED by a crash: marked FAILED; `mizan restart " + abandoned
					+ "` continues it");
		}
		for (String name : resolver.names()) {
			if (stopping) {
				return;
			}
			try {
				Corpus corpus = resolver.resolve(name);
				RunOutcome outcome = launcher.run(corpus, runKey);
				say(outcome.summaryLine());
			}
			catch (JobInstanceAlreadyCompleteException ex) {
				say(name + " [" + runKey + "]: already done");
			}
			catch (Exception ex) {
				say(name + " [" + runKey + "]: could not run: " + ex.getMessage());
			}
		}
	}

}
