package org.mizan.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads an example corpus: one example a line, {@code input ⟶ expected}, {@code #} starts a comment. The expected
 * side lists every mention the input must give, in order, separated by {@code ;}, or {@code none}. A mention is
 * {@code kind value [approx] [unit] [«span»]}: value is a number, {@code low..high} (a side may be empty), or for
 * dates the ISO partial date; approx is {@code about}, {@code more-than}, {@code less-than}, {@code at-least},
 * {@code at-most}; anything else is the unit.
 */
final class ExampleCorpus {

	static final String ARROW = "⟶";

	private ExampleCorpus() {
	}

	static List<Arguments> load(String name) {
		List<Arguments> cases = new ArrayList<>();
		try {
			int n = 0;
			for (String line : Files.readAllLines(Path.of("src/test/resources/examples", name), StandardCharsets.UTF_8)) {
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
