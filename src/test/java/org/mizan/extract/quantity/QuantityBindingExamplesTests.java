package org.mizan.extract.quantity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.extract.Mention;
import org.mizan.extract.MentionKind;
import org.mizan.text.TextSpan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code examples/quantity-binding.txt}: one sentence, one marked number, what it
 * counts and its event.
 */
class QuantityBindingExamplesTests {

	private static final QuantityBinder binder = new QuantityBinder();

	private static final Pattern MARK = Pattern.compile("\\[([^\\]]+)\\](?:\\{(\\w+)\\})?");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟\\n]+");

	static Stream<String> examples() throws IOException {
		return Files.readAllLines(Path.of("src/test/resources/examples/quantity-binding.txt"), StandardCharsets.UTF_8)
			.stream()
			.filter(l -> l.contains("⟶") && !l.startsWith("#"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void binds(String example) {
		String[] parts = example.split("⟶");
		Matcher m = MARK.matcher(parts[0].trim());
		assertThat(m.find()).as("a marked number").isTrue();
		String text = parts[0].trim().substring(0, m.start()) + m.group(1) + parts[0].trim().substring(m.end());
		Mention mention = mention(m.group(1), m.start(), m.group(2));
		BoundQuantity b = binder.bind(text, sentences(text), List.of(mention)).get(0);
		String[] want = Arrays.stream(parts[1].split("\\|")).map(String::trim).toArray(String[]::new);
		String got = b.unit() + " | " + dash(b.counted()) + " | " + dash(b.eventClass()) + "  " + b.participants();
		assertThat(b.unit()).as(got).isEqualTo(want[0]);
		assertThat(dash(b.counted())).as(got).isEqualTo(want[1]);
		assertThat(dash(b.eventClass())).as(got).isEqualTo(want[2]);
		if (want.length > 3) {
			assertThat(b.participants()).as(got).containsAll(Arrays.asList(want[3].split("\\s+")));
		}
	}

	private static String dash(String s) {
		return s == null ? "-" : s;
	}

	private static Mention mention(String surface, int at, String kind) {
		int end = at + surface.length();
		if (kind == null) {
			return new Mention(surface, at, end, MentionKind.NUMBER, 1.0, 1.0, 1.0, null, null, null);
		}
		return switch (kind) {
			case "date" -> new Mention(surface, at, end, MentionKind.DATE, null, null, null, null, null, "2000");
			case "percent" -> new Mention(surface, at, end, MentionKind.PERCENT, 1.0, 1.0, 1.0, null, "percent", null);
			default -> new Mention(surface, at, end, MentionKind.MONEY, 1.0, 1.0, 1.0, null, kind, null);
		};
	}

	static List<TextSpan> sentences(String text) {
		List<TextSpan> spans = new ArrayList<>();
		Matcher m = SENTENCE_END.matcher(text);
		int start = 0;
		while (m.find()) {
			spans.add(new TextSpan(start, m.end()));
			start = m.end();
		}
		if (start < text.length()) {
			spans.add(new TextSpan(start, text.length()));
		}
		return spans;
	}

}
