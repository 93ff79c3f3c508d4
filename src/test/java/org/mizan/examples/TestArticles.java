package org.mizan.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The texts of every article the tests hold: the seeds, the six dev stories and the own
 * stories (50 articles), for tests that check a property on real text.
 */
public final class TestArticles {

	private static final List<String> ROOTS = List.of("seeds", "src/test/resources/dev-stories",
			"src/test/resources/own-stories");

	private TestArticles() {
	}

	public static List<String> all() {
		List<String> out = new ArrayList<>();
		for (String root : ROOTS) {
			try (Stream<Path> files = Files.walk(Path.of(root))) {
				for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
					out.add(Files.readString(p, StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the test articles under " + root, ex);
			}
		}
		return out;
	}

}
