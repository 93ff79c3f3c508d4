package org.mizan.extract;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code examples/frames.txt} through the whole extractor (sentences, numbers,
 * binding, frames): one marked number per line, and the frame it must get. A line that
 * does not parse fails.
 */
class FrameExamplesTests {

	private static final ArticleExtractor extractor = new ArticleExtractor();

	static Stream<Arguments> examples() {
		return ExampleCorpus.load("frames.txt").stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("examples")
	void readsTheFrame(int line, String input, String expected) {
		int open = input.indexOf('[');
		int close = input.indexOf(']', open + 1);
		assertThat(open).as("frames.txt:%d marks its number as [number]", line).isGreaterThanOrEqualTo(0);
		assertThat(close).as("frames.txt:%d closes its mark", line).isGreaterThan(open);
		String text = input.substring(0, open) + input.substring(open + 1, close) + input.substring(close + 1);
		String[] want = expected.split("\\|", -1);
		assertThat(want).as("frames.txt:%d: measure | subject | scope | time | revision | kind | place", line)
			.hasSize(7);
		int start = open;
		int end = close - 1;
		List<Fact> facts = extractor.extract(text).facts();
		Fact fact = facts.stream()
			.filter(f -> f.start() < end && start < f.end())
			.findFirst()
			.orElseThrow(() -> new AssertionError("frames.txt:" + line + ": no fact at the mark; facts: " + facts));
		ClaimFrame frame = fact.frame();
		String got = String.join(" | ", dash(frame.measure()), dash(frame.subject()), dash(frame.scope()),
				dash(frame.time()), dash(frame.revision()), frame.kind().label(), dash(frame.place()));
		assertThat(got).as("frames.txt:%d %s", line, fact.surface())
			.isEqualTo(String.join(" | ", Stream.of(want).map(String::strip).toList()));
	}

	private static String dash(String s) {
		return s == null ? "-" : s;
	}

}
