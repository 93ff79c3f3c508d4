package org.mizan.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mizan.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: a synthetic corpus for benchmarks, drawn from a real one. */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Write a synthetic benchmark corpus of N articles built from a real corpus's sentences.")
class GenerateCommand implements Callable<Integer> {

	@Option(names = "--articles", required = true, description = "how many articles (e.g. 1000)")
	int articles;

	@Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
	long seed;

	@Option(names = "--from", defaultValue = "seeds", description = "the corpus to draw sentences from")
	Path from;

	@Option(names = "--out", required = true,
			description = "the folder to write: new, empty, or one an earlier generate wrote (its articles are replaced)")
	Path out;

	PrintStream stdout = System.out;

	PrintStream stderr = System.err;

	@Override
	public Integer call() throws Exception {
		if (!Files.isDirectory(from)) {
			stderr.println("mizan: not a folder: " + from);
			return ExitCodes.USAGE;
		}
		if (articles < 1) {
			stderr.println("mizan: --articles must be at least 1");
			return ExitCodes.USAGE;
		}
		int removed;
		try {
			removed = new CorpusGenerator(from).generate(articles, seed, out);
		}
		catch (CorpusGenerator.NotEmptyException ex) {
			stderr.println("mizan: " + ex.getMessage());
			return ExitCodes.USAGE;
		}
		stdout.println((removed > 0 ? "removed the " + removed + " articles an earlier generate wrote there; " : "")
				+ "wrote " + articles + " articles to " + out);
		return ExitCodes.DONE;
	}

}
