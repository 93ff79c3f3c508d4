package org.mizan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The texts a benchmark cycles through, with their size in UTF-8 bytes (what "MB of text" means in the docs). */
record BenchTexts(List<String> texts, int[] utf8Bytes) {

	static final String SEEDS = "seeds";

	static final String GENERATED = "generated";

	/** Articles of the generated sample, drawn from the seeds' sentences with the {@code generate} command's default seed. */
	static final int GENERATED_ARTICLES = 1000;

	static final long GENERATOR_SEED = 1;

	/**
	 * {@code seeds}: the seed articles in {@code seeds/}; {@code generated}: a deterministic generated sample; else a
	 * folder of .txt files (to run two commits on the same texts when their generators differ).
	 */
	static BenchTexts load(String corpus) throws IOException {
		return switch (corpus) {
			case SEEDS -> read(Path.of("seeds"));
			case GENERATED -> generated();
			default -> {
				if (!Files.isDirectory(Path.of(corpus))) {
					throw new IllegalArgumentException("unknown corpus (seeds, generated or a folder of .txt files): " + corpus);
				}
				yield read(Path.of(corpus));
			}
		};
	}

	private static BenchTexts generated() throws IOException {
		Path folder = Files.createTempDirectory("mizan-jmh-");
		try {
			new CorpusGenerator(Path.of("seeds")).generate(GENERATED_ARTICLES, GENERATOR_SEED, folder);
			return read(folder);
		}
		finally {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

	private static BenchTexts read(Path folder) throws IOException {
		List<String> texts;
		try (Stream<Path> files = Files.list(folder)) {
			texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(BenchTexts::readString).toList();
		}
		if (texts.isEmpty()) {
			throw new IllegalStateException("no .txt files in " + folder.toAbsolutePath() + " (run from the repository root)");
		}
		return new BenchTexts(texts, texts.stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).toArray());
	}

	private static String readString(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	long totalBytes() {
		long sum = 0;
		for (int b : utf8Bytes) {
			sum += b;
		}
		return sum;
	}

}
