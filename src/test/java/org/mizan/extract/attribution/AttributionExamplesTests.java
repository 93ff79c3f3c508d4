package org.mizan.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.extract.SourceRef;
import org.mizan.text.TextSpan;

/**
 * The example corpus {@code examples/attributions.txt}: for the span in braces, who says
 * it, what kind, how hedged.
 */
class AttributionExamplesTests {

	private static final AttributionAnalyzer ANALYZER = new AttributionAnalyzer();

	record Example(int line, String text, int start, int end, String source, String type, String hedge) {
		@Override
		public String toString() {
			return line + ": " + text.replace("\n", " / ");
		}
	}

	static List<Example> examples() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("src/test/resources/examples/attributions.txt"),
				StandardCharsets.UTF_8);
		return java.util.stream.IntStream.range(0, lines.size())
			.filter(i -> lines.get(i).contains("⟶") && !lines.get(i).startsWith("#"))
			.mapToObj(i -> parse(i + 1, lines.get(i)))
			.toList();
	}

	private static Example parse(int line, String raw) {
		String[] sides = raw.split("⟶");
		String marked = sides[0].strip().replace("\\n", "\n");
		int open = marked.indexOf('{');
		int close = marked.indexOf('}');
		String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
		String[] want = sides[1].split("\\|");
		return new Example(line, text, open, close - 1, want[0].strip(), want[1].strip(), want[2].strip());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void sourceTypeAndHedge(Example example) {
		SourceRef ref = ANALYZER.analyze(example.text(), TestSentences.of(example.text()))
			.sourceFor(new TextSpan(example.start(), example.end()));
		if (example.source().equals("-")) {
			assertThat(ref.name()).as("source").isNull();
		}
		else {
			assertThat(SeedAttributionTests.sameSource(example.source(), ref.name()))
				.as("source %s, got %s", example.source(), ref.name())
				.isTrue();
		}
		if (!example.type().equals("*")) {
			assertThat(ref.type() == null ? "-" : ref.type().label()).as("type of %s", ref.name())
				.isEqualTo(example.type());
		}
		assertThat(ref.hedge() == null ? "-" : ref.hedge().label()).as("hedge").isEqualTo(example.hedge());
	}

}
