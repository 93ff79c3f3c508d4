package org.mizan.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.mizan.MizanProperties;
import org.mizan.corpus.Corpus;
import org.mizan.corpus.CorpusResolver;
import org.mizan.job.RunLauncher;
import org.mizan.job.RunOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the nightly mode. Runs every configured corpus, one after another, on the configured schedule. */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Stay up and run every configured corpus on the cron schedule of config/application.yml "
				+ "(mizan.schedule.cron, default every night at 02:00). SIGTERM stops the run in progress cleanly.")
class ServeCommand implements Callable<Integer> {

	private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

	@Option(names = "--now", description = "also run once right away, then keep to the schedule")
	boolean now;

	private final CountDownLatch shutdown = new CountDownLatch(1);

	private volatile boolean stopping;

	@Override
	public Integer call() throws Exception {
		ConfigurableApplicationContext context = SpringContext.start("serve");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stopping = true;
			shutdown.countDown();
		}));
		MizanProperties properties = context.getBean(MizanProperties.class);
		String cron = properties.getSchedule().getCron();
		if (!CronExpression.isValidExpression(cron)) {
			System.err.println("mizan: mizan.schedule.cron is not a valid cron expression: " + cron);
			context.close();
			return ExitCodes.USAGE;
		}
		CorpusResolver resolver = context.getBean(CorpusResolver.class);
		RunLauncher launcher = context.getBean(RunLauncher.class);
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("nightly-");
		scheduler.initialize();
		Runnable nightly = () -> runAll(resolver, launcher);
		if (now) {
			scheduler.execute(nightly);
		}
		scheduler.schedule(nightly, new CronTrigger(cron));
		log.info("serving corpora {} on schedule '{}'; next run at {}", resolver.names(), cron,
				CronExpression.parse(cron).next(java.time.LocalDateTime.now()));
		shutdown.await();
		scheduler.shutdown();
		return ExitCodes.DONE;
	}

	private void runAll(CorpusResolver resolver, RunLauncher launcher) {
		String runKey = LocalDate.now().toString();
		for (String name : resolver.names()) {
			if (stopping) {
				return;
			}
			try {
				Corpus corpus = resolver.resolve(name);
				RunOutcome outcome = launcher.run(corpus, runKey);
				log.info(outcome.summaryLine());
			}
			catch (JobInstanceAlreadyCompleteException ex) {
				log.info("{} [{}]: already done", name, runKey);
			}
			catch (Exception ex) {
				log.error("{} [{}]: could not run: {}", name, runKey, ex.getMessage());
			}
		}
	}

}
