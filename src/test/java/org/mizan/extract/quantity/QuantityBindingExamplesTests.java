package org.mizan.extract.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.examples.ExampleCorpus;
import org.mizan.examples.ExampleCorpus.Example;
import org.mizan.examples.ExampleCorpus.Mark;
import org.mizan.examples.ExampleCorpus.Marked;
import org.mizan.extract.Mention;
import org.mizan.extract.MentionKind;
import org.mizan.extract.MentionRecognizer;
import org.mizan.text.SentenceSplitter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code examples/quantity-binding.txt} (read by
 * {@link org.mizan.examples.ExampleCorpus}): one text split by the extractor's
 * {@link SentenceSplitter}, one marked number ({@code [number]}, or {@code [number|kind]}
 * with kind {@code date}, {@code percent} or a currency), and
 * {@code unit | counted | event | participants}: what it counts, its event and the
 * participant keys the binding must include, {@code -} for none.
 */
class QuantityBindingExamplesTests {

	private static final QuantityBinder binder = new QuantityBinder();

	private static final SentenceSplitter SPLITTER = new SentenceSplitter();

	private static final MentionRecognizer RECOGNIZER = new MentionRecognizer();

	static List<Example> examples() {
		return ExampleCorpus.load("quantity-binding.txt");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void binds(Example example) {
		List<String> want = example.fields(4);
		Marked marked = example.marked();
		Mark mark = marked.only();
		String text = marked.text();
		List<Mention> recognized = RECOGNIZER.recognize(text);
		// the marked number as the recognizer reads it when it reads that very span (a
		// noun in the dual is the number 2)
		Mention mention = recognized.stream()
			.filter(m -> mark.options() == null && m.start() == mark.start()
					&& m.end() == mark.start() + mark.surface().length())
			.findFirst()
			.orElse(mention(mark.surface(), mark.start(), mark.options()));
		// the other figures of the sentence as the recognizer reads them, as in an
		// article:
		// a figure's event is not looked for past another figure
		List<Mention> mentions = new ArrayList<>(List.of(mention));
		recognized.stream()
			.filter((m) -> m.end() <= mention.start() || m.start() >= mention.end())
			.forEach(mentions::add);
		BoundQuantity b = binder.bind(text, SPLITTER.split(text), mentions).get(0);
		String got = example + ": " + b.unit() + " | " + dash(b.counted()) + " | " + dash(b.eventClass()) + "  "
				+ b.participants();
		assertThat(b.unit()).as(got).isEqualTo(want.get(0));
		assertThat(dash(b.counted())).as(got).isEqualTo(want.get(1));
		assertThat(dash(b.eventClass())).as(got).isEqualTo(want.get(2));
		if (!want.get(3).equals("-")) {
			assertThat(b.participants()).as(got).containsAll(Arrays.asList(want.get(3).split("\\s+")));
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

}
