package org.mizan.extract;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.examples.ExampleCorpus;
import org.mizan.examples.ExampleCorpus.Example;
import org.mizan.examples.ExampleCorpus.Mark;
import org.mizan.examples.ExampleCorpus.Marked;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code examples/frames.txt} through the whole extractor (sentences, numbers,
 * binding, frames): one marked number per line, and the frame it must get: measure |
 * subject | scope | time | revision | kind | place. A line that does not parse fails.
 */
class FrameExamplesTests {

	private static final ArticleExtractor extractor = new ArticleExtractor();

	static List<Example> examples() {
		return ExampleCorpus.load("frames.txt");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void readsTheFrame(Example example) {
		List<String> want = example.fields(7);
		Marked marked = example.marked();
		Mark mark = marked.only();
		List<Fact> facts = extractor.extract(marked.text()).facts();
		Fact fact = facts.stream()
			.filter(f -> f.start() < mark.end() && mark.start() < f.end())
			.findFirst()
			.orElseThrow(() -> new AssertionError(example + ": no fact at the mark; facts: " + facts));
		ClaimFrame frame = fact.frame();
		String got = String.join(" | ", dash(frame.measure()), dash(frame.subject()), dash(frame.scope()),
				dash(frame.time()), dash(frame.revision()), frame.kind().label(), dash(frame.place()));
		assertThat(got).as(example.toString()).isEqualTo(String.join(" | ", want));
	}

	private static String dash(String s) {
		return s == null ? "-" : s;
	}

}
