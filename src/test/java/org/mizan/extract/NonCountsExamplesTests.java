package org.mizan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example corpus {@code examples/non-counts.txt}: numbers that label, idioms and
 * names give no fact.
 */
class NonCountsExamplesTests {

	private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

	static Stream<Arguments> examples() {
		return ExampleCorpus.load("non-counts.txt").stream();
	}

	@ParameterizedTest(name = "{0}: {1} ⟶ {2}")
	@MethodSource("examples")
	void factsOfTheSentence(int line, String sentence, String expected) {
		List<String> values = EXTRACTOR.extract(sentence)
			.facts()
			.stream()
			.map(NonCountsExamplesTests::valueOf)
			.toList();
		assertThat(values.isEmpty() ? "none" : String.join(";", values)).as("line %d", line).isEqualTo(expected);
	}

	private static String valueOf(Fact fact) {
		if (fact.isDate()) {
			return fact.date();
		}
		double v = fact.value() != null ? fact.value() : fact.low() != null ? fact.low() : fact.high();
		return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}

}
