package org.mizan.extract.attribution;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.examples.ExampleCorpus;
import org.mizan.examples.ExampleCorpus.Example;
import org.mizan.examples.ExampleCorpus.Mark;
import org.mizan.examples.ExampleCorpus.Marked;
import org.mizan.extract.SourceRef;
import org.mizan.text.SentenceSplitter;
import org.mizan.text.TextSpan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example corpus {@code examples/attributions.txt} (read by
 * {@link org.mizan.examples.ExampleCorpus}): an article split by the extractor's
 * {@link SentenceSplitter}, and for every [marked] span of it who says it, what kind, how
 * hedged: {@code source | type | hedge}, the source contained either way after the
 * scorer's normalization, {@code -} for none, type {@code *} for any.
 */
class AttributionExamplesTests {

	private static final AttributionAnalyzer ANALYZER = new AttributionAnalyzer();

	private static final SentenceSplitter SPLITTER = new SentenceSplitter();

	static List<Example> examples() {
		return ExampleCorpus.load("attributions.txt");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void sourceTypeAndHedge(Example example) {
		List<String> want = example.fields(3);
		String source = want.get(0);
		String type = want.get(1);
		String hedge = want.get(2);
		Marked marked = example.marked();
		assertThat(marked.marks()).as("%s marks its span as [span]", example).isNotEmpty();
		ArticleAttributions article = ANALYZER.analyze(marked.text(), SPLITTER.split(marked.text()));
		SoftAssertions softly = new SoftAssertions();
		for (Mark mark : marked.marks()) {
			SourceRef ref = article.sourceFor(new TextSpan(mark.start(), mark.end()));
			if (source.equals("-")) {
				softly.assertThat(ref.name()).as("source of [%s]", mark.surface()).isNull();
			}
			else {
				softly.assertThat(SeedAttributionTests.sameSource(source, ref.name()))
					.as("source of [%s]: %s, got %s", mark.surface(), source, ref.name())
					.isTrue();
			}
			if (!type.equals("*")) {
				softly.assertThat(ref.type() == null ? "-" : ref.type().label())
					.as("type of [%s] (%s)", mark.surface(), ref.name())
					.isEqualTo(type);
			}
			softly.assertThat(ref.hedge() == null ? "-" : ref.hedge().label())
				.as("hedge of [%s]", mark.surface())
				.isEqualTo(hedge);
		}
		softly.assertAll();
	}

}
