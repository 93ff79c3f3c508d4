package org.mizan.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.text.TextSpan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the example corpus {@code examples/boilerplate.txt}: each page line is expected
 * kept (+) or dropped (-).
 */
class BoilerplateExamplesTests {

	private static final Boilerplate BOILERPLATE = new Boilerplate();

	record Example(String name, List<String> lines, List<Character> expected) {

		@Override
		public String toString() {
			return name;
		}

	}

	static List<Example> examples() throws IOException {
		List<Example> examples = new ArrayList<>();
		Example current = null;
		for (String raw : Files.readAllLines(Path.of("src/test/resources/examples/boilerplate.txt"))) {
			if (raw.startsWith("#")) {
				continue;
			}
			if (raw.startsWith("=== ")) {
				current = new Example(raw.substring(4).strip(), new ArrayList<>(), new ArrayList<>());
				examples.add(current);
			}
			else if (current != null && raw.isEmpty()) {
				current.lines().add("");
				current.expected().add(' ');
			}
			else if (current != null) {
				current.lines().add(raw.substring(2));
				current.expected().add(raw.charAt(0));
			}
		}
		return examples;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void linesAreKeptOrDroppedAsExpected(Example example) {
		String text = String.join("\n", example.lines());
		List<TextSpan> regions = BOILERPLATE.regions(text);
		int offset = 0;
		List<String> wrong = new ArrayList<>();
		for (int i = 0; i < example.lines().size(); i++) {
			String line = example.lines().get(i);
			char expected = example.expected().get(i);
			if (expected != ' ') {
				boolean dropped = Boilerplate.covers(regions, offset);
				if (dropped != (expected == '-')) {
					wrong.add((dropped ? "dropped: " : "kept: ") + line);
				}
			}
			offset += line.length() + 1;
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void corpusHasAtLeastFortyExamples() throws IOException {
		assertThat(examples()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(examples()).allSatisfy(example -> assertThat(example.expected()).contains('+'));
	}

}
