package org.mizan.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@code examples/stated-values.txt}: each line of {@code Values} and the value the Summary charts from it. */
class StatedValueExamplesTest {

	record Example(String line, String expected) {

		@Override
		public String toString() {
			return this.line;
		}

	}

	static List<Example> examples() throws IOException {
		return Files.readAllLines(Path.of("src/test/resources/examples/stated-values.txt"))
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("\\s+→\\s+", 2))
			.map((parts) -> new Example(parts[0], parts[1].strip()))
			.toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void readsTheNumberAndTheSourceOfALine(Example example) {
		List<StatedValue> values = StatedValue.of(finding(example.line()));
		if (example.expected().equals("none")) {
			assertThat(values).isEmpty();
			return;
		}
		String[] expected = example.expected().split("\\s*\\|\\s*", -1);
		assertThat(values).hasSize(1);
		StatedValue value = values.get(0);
		assertThat(value.low()).isEqualTo(Double.parseDouble(expected[0]));
		assertThat(value.high()).isEqualTo(Double.parseDouble(expected[1]));
		assertThat(value.source()).isEqualTo(expected[2]);
		assertThat(value.finding()).isEqualTo("F-000001");
		assertThat(example.line()).startsWith(value.stated());
	}

	@Test
	void readsEveryLineOfAFindingInOrder() {
		List<StatedValue> values = StatedValue.of(finding("120 — أ (a.txt)\n85 — ب (b.txt)\nنحو 150 — ج (c.txt)"));
		assertThat(values).extracting(StatedValue::low).containsExactly(120.0, 85.0, 150.0);
		assertThat(values).extracting(StatedValue::source).containsExactly("أ", "ب", "ج");
	}

	@Test
	void aDateFindingHasNoValuesToChart() {
		FindingRow date = new FindingRow("F-D", "DISAGREE", "بدء العاصفة", "date", "2024-03-07 — a.txt\n2024-03 — b.txt",
				null, null, "2024-03", "2024-03-07", null, 2, 2, null, null, false);
		assertThat(StatedValue.of(date)).isEmpty();
	}

	private static FindingRow finding(String values) {
		return new FindingRow("F-000001", "DISAGREE", "شيء", "person", values, 1.0, 2.0, null, null, 2.0, 2, 2, null,
				null, false);
	}

}
