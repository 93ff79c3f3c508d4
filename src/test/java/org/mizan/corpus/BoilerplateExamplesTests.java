package org.mizan.corpus;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.examples.ExampleCorpus;
import org.mizan.examples.ExampleCorpus.Example;
import org.mizan.text.TextSpan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the example corpus {@code examples/boilerplate.txt} (read by
 * {@link org.mizan.examples.ExampleCorpus}): each {@code === name} block is a page, each
 * of its lines {@code - text} (boilerplate: dropped), {@code + text} (content: kept) or
 * empty (a blank line of the page, no expectation). Any other line fails.
 */
class BoilerplateExamplesTests {

	private static final Boilerplate BOILERPLATE = new Boilerplate();

	static List<Example> examples() {
		return ExampleCorpus.load("boilerplate.txt");
	}

	/**
	 * A page line: its text and whether it is expected kept (+), dropped (-) or blank.
	 */
	record PageLine(char expected, String text) {

		static PageLine of(Example example, int index, String raw) {
			if (raw.isEmpty()) {
				return new PageLine(' ', "");
			}
			if (raw.length() < 2 || raw.charAt(1) != ' ' || raw.charAt(0) != '+' && raw.charAt(0) != '-') {
				throw new IllegalStateException(example + ", page line " + (index + 1)
						+ ": a page line is '+ text', '- text' or empty, not: " + raw);
			}
			return new PageLine(raw.charAt(0), raw.substring(2));
		}

	}

	static List<PageLine> page(Example example) {
		List<PageLine> page = new ArrayList<>();
		for (int i = 0; i < example.lines().size(); i++) {
			page.add(PageLine.of(example, i, example.lines().get(i)));
		}
		return page;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void linesAreKeptOrDroppedAsExpected(Example example) {
		List<PageLine> page = page(example);
		String text = String.join("\n", page.stream().map(PageLine::text).toList());
		List<TextSpan> regions = BOILERPLATE.regions(text);
		int offset = 0;
		List<String> wrong = new ArrayList<>();
		for (PageLine line : page) {
			if (line.expected() != ' ') {
				boolean dropped = Boilerplate.covers(regions, offset);
				if (dropped != (line.expected() == '-')) {
					wrong.add((dropped ? "dropped: " : "kept: ") + line.text());
				}
			}
			offset += line.text().length() + 1;
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void corpusHasAtLeastFortyExamples() {
		assertThat(examples()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(examples())
			.allSatisfy(example -> assertThat(page(example)).extracting(PageLine::expected).contains('+'));
	}

}
