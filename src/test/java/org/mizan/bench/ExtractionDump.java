package org.mizan.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.mizan.extract.ArticleExtraction;
import org.mizan.extract.ArticleExtractor;

/**
 * Prints everything {@link ArticleExtractor#extract} reads in every .txt file under the
 * given folders, one record a line, so that two builds' readings can be compared with
 * {@code diff} (a speed change must leave them identical).
 * <p>
 * {@code java -cp target/classes:target/test-classes:DEPS org.mizan.bench.ExtractionDump OUT FOLDER...}
 */
public final class ExtractionDump {

	private ExtractionDump() {
	}

	public static void main(String[] args) throws IOException {
		ArticleExtractor extractor = new ArticleExtractor();
		List<Path> files = new ArrayList<>();
		for (int a = 1; a < args.length; a++) {
			try (Stream<Path> walk = Files.walk(Path.of(args[a]))) {
				walk.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
			}
		}
		try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[0])), false,
				StandardCharsets.UTF_8)) {
			for (Path file : files) {
				ArticleExtraction extraction = extractor.extract(Files.readString(file));
				out.println("# " + file + " outlet=" + extraction.outlet());
				extraction.facts().forEach(out::println);
				extraction.attributions().forEach(out::println);
			}
		}
		System.out.println(files.size() + " articles");
	}

}
