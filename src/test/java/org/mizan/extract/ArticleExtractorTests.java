package org.mizan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which number expressions of an article become facts for the fact-checker. */
class ArticleExtractorTests {

	static final ArticleExtractor extractor = new ArticleExtractor();

	@ParameterizedTest(name = "{0} ⟶ {1}")
	@CsvSource(delimiter = '|', textBlock = """
			وقالت الوزارة إن 117 شخصا قتلوا في الهجوم.                | 117
			زادت الرحلات من متوسط رحلة واحدة في الشهر.                 | 1
			وصل نحو 5 آلاف منهم إلى الحدود.                            | 5000
			وتعهد البلدين بالتعاون في مجال الطاقة.                      | -
			أكد الوزير أن المعركة واحدة ضد الفساد.                      | -
			وقال إن المستقبل واحد للجميع.                              | -
			وذهب النصف الآخر إلى المدارس.                              | -
			اتفقت الأطراف الثلاثة على الهدنة.                           | -
			""")
	void factsOfOneSentence(String sentence, String expected) {
		List<Fact> facts = extractor.extract(sentence).facts();
		if (expected.equals("-")) {
			assertThat(facts).as("no fact in: %s", sentence).isEmpty();
		}
		else {
			assertThat(facts).extracting(Fact::value).containsExactly(Double.valueOf(expected));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "000_fd6a3966a703006d.txt", "001_e85d572737d7dca8.txt", "003_0298d090f25e48f7.txt",
			"004_860fdb7c9942b757.txt" })
	void eachFactKnowsWhereItsSentenceStartsSoTheReportHighlightsItAtItsOwnOffsets(String file) throws IOException {
		String text = Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8).replace("\uFEFF", "");
		List<Fact> facts = extractor.extract(text).facts();
		assertThat(facts).isNotEmpty().allSatisfy((f) -> {
			assertThat(text.substring(f.evidenceStart(), f.evidenceStart() + f.evidence().length()))
				.isEqualTo(f.evidence());
			assertThat(f.evidence().substring(f.start() - f.evidenceStart(), f.end() - f.evidenceStart()))
				.isEqualTo(f.surface());
		});
	}

	@Test
	void aBareNumberAnsweringAQuestionCarriesTheSentenceThatSaysWhatItCounts() {
		String text = "ويقاتل السوريون إلى جانب قوات حفتر. كم عددهم؟ “حوالي ثلاثمائة”، مثلما يؤكد مصدر دولي.";
		Fact fact = extractor.extract(text).facts().get(0);
		assertThat(fact.value()).isEqualTo(300.0);
		assertThat(fact.context()).as("counted: %s", fact.counted()).isNotNull();
		assertThat(fact.context()).contains(fact.counted());
		Fact plain = extractor.extract("وقالت الوزارة إن 117 شخصا قتلوا في الهجوم.").facts().get(0);
		assertThat(plain.context()).isNull();
	}

}
