package org.mizan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

}
