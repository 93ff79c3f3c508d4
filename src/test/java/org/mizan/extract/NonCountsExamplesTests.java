package org.mizan.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.examples.ExampleCorpus;
import org.mizan.examples.ExampleCorpus.Example;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example corpus {@code examples/non-counts.txt} (read by
 * {@link org.mizan.examples.ExampleCorpus}): numbers that label, idioms and names give no
 * fact. Each line is {@code sentence ⟶ values}: the values of the facts the extractor
 * gives, in order (a number, or a date as ISO), separated by {@code ;}, or {@code -} for
 * none.
 */
class NonCountsExamplesTests {

	private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

	static List<Example> examples() {
		return ExampleCorpus.load("non-counts.txt");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void factsOfTheSentence(Example example) {
		List<String> values = EXTRACTOR.extract(example.input())
			.facts()
			.stream()
			.map(NonCountsExamplesTests::valueOf)
			.toList();
		assertThat(values).as(example.toString())
			.containsExactlyElementsOf(ExampleCorpus.list(example.fields(1).get(0)));
	}

	private static String valueOf(Fact fact) {
		if (fact.isDate()) {
			return fact.date();
		}
		double v = fact.value() != null ? fact.value() : fact.low() != null ? fact.low() : fact.high();
		return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}

}
