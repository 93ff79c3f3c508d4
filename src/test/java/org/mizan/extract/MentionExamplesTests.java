package org.mizan.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.examples.ExampleCorpus;
import org.mizan.examples.ExampleCorpus.Example;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example corpora of the recognizer, Duckling style: every line of
 * {@code examples/numbers.txt} and {@code examples/dates.txt} is one case. The expected
 * side lists every mention the input must give, in order, separated by {@code ;}, or
 * {@code none}. A mention is {@code kind value [approx] [unit] [«span»]}: value is a
 * number, {@code low..high} (a side may be empty), or for dates the ISO partial date;
 * approx is {@code about}, {@code more-than}, {@code less-than}, {@code at-least},
 * {@code at-most}; anything else is the unit. When a span is given ({@code «...»}) it is
 * compared too.
 */
class MentionExamplesTests {

	private static final MentionRecognizer RECOGNIZER = new MentionRecognizer();

	static List<Example> numbers() {
		return ExampleCorpus.load("numbers.txt");
	}

	static List<Example> dates() {
		return ExampleCorpus.load("dates.txt");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("numbers")
	void numbers(Example example) {
		check(example.input(), example.expected());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dates")
	void dates(Example example) {
		check(example.input(), example.expected());
	}

	private static void check(String input, String expected) {
		List<Mention> mentions = RECOGNIZER.recognize(input);
		String actual = describe(mentions, expected.contains("«"));
		assertThat(actual).as(input).isEqualTo(expected);
		for (Mention m : mentions) {
			assertThat(input.substring(m.start(), m.end())).isEqualTo(m.text());
		}
	}

	/** The mentions in the corpus notation, to compare with the expected side. */
	static String describe(List<Mention> mentions, boolean withSpans) {
		if (mentions.isEmpty()) {
			return "none";
		}
		List<String> parts = new ArrayList<>();
		for (Mention m : mentions) {
			StringBuilder b = new StringBuilder(m.kind().label());
			if (m.kind() == MentionKind.DATE || m.kind() == MentionKind.TIME && m.date() != null) {
				b.append(' ').append(m.date());
			}
			else if (m.value() != null) {
				b.append(' ').append(number(m.value()));
			}
			else {
				b.append(' ').append(number(m.low())).append("..").append(number(m.high()));
			}
			if (m.approx() != null && m.approx() != Approx.RANGE) {
				b.append(' ').append(m.approx().label().replace(' ', '-'));
			}
			if (m.unit() != null && !m.unit().equals("percent")) {
				b.append(' ').append(m.unit());
			}
			if (withSpans) {
				b.append(" «").append(m.text()).append('»');
			}
			parts.add(b.toString());
		}
		return String.join(" ; ", parts);
	}

	static String number(Double v) {
		if (v == null) {
			return "";
		}
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return Long.toString(v.longValue());
		}
		BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
		return Math.abs(v) < 1e15 ? d.toPlainString() : d.toString();
	}

}
