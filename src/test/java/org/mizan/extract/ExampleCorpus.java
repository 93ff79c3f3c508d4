package org.mizan.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads an example corpus: one example a line, {@code input ⟶ expected}, {@code #} starts
 * a comment. The expected side lists every mention the input must give, in order,
 * separated by {@code ;}, or {@code none}. A mention is
 * {@code kind value [approx] [unit] [«span»]}: value is a number, {@code low..high} (a
 * side may be empty), or for dates the ISO partial date; approx is {@code about},
 * {@code more-than}, {@code less-than}, {@code at-least}, {@code at-most}; anything else
 * is the unit.
 */
final class ExampleCorpus {

	static final String ARROW = "⟶";

	private ExampleCorpus() {
	}

	static List<Arguments> load(String name) {
		List<Arguments> cases = new ArrayList<>();
		try {
			int n = 0;
			for (String line : Files.readAllLines(Path.of("src/test/resources/examples", name),
					StandardCharsets.UTF_8)) {
				n++;
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				int arrow = trimmed.indexOf(ARROW);
				if (arrow < 0) {
					throw new IllegalStateException(name + ":" + n + ": no " + ARROW);
				}
				cases.add(Arguments.of(n, trimmed.substring(0, arrow).strip(), trimmed.substring(arrow + 1).strip()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return cases;
	}

}
