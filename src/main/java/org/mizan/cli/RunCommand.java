package org.mizan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.mizan.corpus.Corpus;
import org.mizan.corpus.CorpusResolver;
import org.mizan.job.RunLauncher;
import org.mizan.job.RunOutcome;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code run --corpus NAME|PATH} or {@code run --all}: an on-demand run. */
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
		try (ConfigurableApplicationContext context = SpringContext.start("run " + (target.all ? "--all" : "--corpus " + target.corpus))) {
			CorpusResolver resolver = context.getBean(CorpusResolver.class);
			List<Corpus> corpora;
			try {
				corpora = target.all ? resolver.all() : List.of(resolver.resolve(target.corpus));
			}
			catch (IllegalArgumentException ex) {
				System.err.println("mizan: " + ex.getMessage());
				return ExitCodes.USAGE;
			}
			RunLauncher launcher = context.getBean(RunLauncher.class);
			List<Integer> codes = new ArrayList<>();
			for (Corpus corpus : corpora) {
				RunOutcome outcome = launcher.runOnDemand(corpus);
				System.out.println(outcome.summaryLine());
				codes.add(outcome.exitCode());
			}
			return codes.stream().max(Integer::compare).orElse(ExitCodes.DONE);
		}
	}

}
