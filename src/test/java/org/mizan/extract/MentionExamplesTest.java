package org.mizan.extract;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example corpora of the recognizer, Duckling style: every line of {@code examples/numbers.txt} and
 * {@code examples/dates.txt} is one case. When a span is given ({@code «...»}) it is compared too.
 */
class MentionExamplesTest {

	private static final MentionRecognizer RECOGNIZER = new MentionRecognizer();

	static Stream<Arguments> numbers() {
		return ExampleCorpus.load("numbers.txt").stream();
	}

	static Stream<Arguments> dates() {
		return ExampleCorpus.load("dates.txt").stream();
	}

	@ParameterizedTest(name = "numbers.txt:{0} {1}")
	@MethodSource("numbers")
	void numbers(int line, String input, String expected) {
		check(input, expected);
	}

	@ParameterizedTest(name = "dates.txt:{0} {1}")
	@MethodSource("dates")
	void dates(int line, String input, String expected) {
		check(input, expected);
	}

	private static void check(String input, String expected) {
		List<Mention> mentions = RECOGNIZER.recognize(input);
		String actual = ExampleCorpus.describe(mentions, expected.contains("«"));
		assertThat(actual).as(input).isEqualTo(expected);
		for (Mention m : mentions) {
			assertThat(input.substring(m.start(), m.end())).isEqualTo(m.text());
		}
	}

}
