package org.mizan.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.mizan.corpus.Corpus;
import org.mizan.corpus.CorpusResolver;
import org.mizan.job.Leftovers;
import org.mizan.job.RunLauncher;
import org.mizan.job.RunOutcome;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code run --corpus NAME|PATH} or {@code run --all}: an on-demand run. The corpora are
 * resolved before the application context starts, so a bad name is answered at once and
 * creates nothing; {@code --all} runs every good corpus and lists the bad ones at the
 * end.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Run the job now on one corpus (a name from config/application.yml or a folder) or on all.")
class RunCommand implements Callable<Integer> {

	@ArgGroup(exclusive = true, multiplicity = "1")
	Target target;

	static class Target {

		@Option(names = "--corpus", paramLabel = "NAME|PATH", description = "a configured corpus name or a folder")
		String corpus;

		@Option(names = "--all", description = "every corpus configured in config/application.yml")
		boolean all;

	}

	@Override
	public Integer call() throws Exception {
		if (!OperatorConfig.present()) {
			System.err.println("mizan: " + OperatorConfig.missingLine());
			return ExitCodes.USAGE;
		}
		CorpusResolver resolver = OperatorConfig.load().resolver();
		List<Corpus> corpora = new ArrayList<>();
		Map<String, String> bad = new LinkedHashMap<>();
		for (String name : target.all ? resolver.names() : List.of(target.corpus)) {
			try {
				corpora.add(resolver.resolve(name));
			}
			catch (IllegalArgumentException ex) {
				bad.put(name, ex.getMessage());
			}
		}
		if (corpora.isEmpty()) {
			bad.values().forEach(reason -> System.err.println("mizan: " + reason));
			if (bad.isEmpty()) {
				System.err.println("mizan: no corpus is configured in config/application.yml (mizan.corpora)");
			}
			return ExitCodes.USAGE;
		}
		int code = ExitCodes.DONE;
		try (ConfigurableApplicationContext context = SpringContext
			.start("run " + (target.all ? "--all" : "--corpus " + target.corpus))) {
			RunLauncher launcher = context.getBean(RunLauncher.class);
			context.getBean(Leftovers.class).clean();
			for (Long abandoned : launcher.abandonedExecutions()) {
				launcher.markFailed(abandoned);
				System.err.println("mizan: execution " + abandoned + " (" + launcher.describe(abandoned) + ") was left "
						+ "STARTED by a crash: marked FAILED; `mizan restart " + abandoned + "` continues it");
			}
			for (Corpus corpus : corpora) {
				RunOutcome outcome = launcher.runOnDemand(corpus);
				System.out.println(outcome.summaryLine());
				code = ExitCodes.worse(code, outcome.exitCode());
			}
		}
		if (!bad.isEmpty()) {
			bad.forEach((name, reason) -> System.err.println("mizan: not run: " + name + ": " + reason));
			code = ExitCodes.worse(code, ExitCodes.USAGE);
		}
		return code;
	}

}
