package org.mizan.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.examples.TestArticles;
import org.mizan.extract.date.DateRecognizer;
import org.mizan.extract.date.TimesOfDay;
import org.mizan.extract.number.LexiconWords;
import org.mizan.extract.number.NumberRecognizer;
import org.mizan.extract.number.Token;
import org.mizan.extract.number.NumberTokens;
import org.mizan.text.ArabicNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate that passes over words no lexicon holds changes no mention: on every article
 * of the seeds, the dev stories and the own stories, and on every line of the number and
 * date example corpora, the gated recognizer finds what the recognizer asked at every
 * token finds.
 */
class LexiconWordsTests {

	private final MentionRecognizer gated = new MentionRecognizer(new DateRecognizer(), new NumberRecognizer(), true);

	private final MentionRecognizer everyToken = new MentionRecognizer(new DateRecognizer(), new NumberRecognizer(),
			false);

	@Test
	void theGateChangesNoMentionOfAnyArticle() {
		List<String> texts = TestArticles.all();
		assertThat(texts).hasSizeGreaterThanOrEqualTo(50);
		int mentions = 0;
		for (String text : texts) {
			List<Mention> found = this.gated.recognize(text);
			assertThat(found).isEqualTo(this.everyToken.recognize(text));
			mentions += found.size();
		}
		assertThat(mentions).isGreaterThan(1000);
	}

	@Test
	void theGateChangesNoMentionOfTheExampleCorpora() throws IOException {
		for (String corpus : List.of("numbers.txt", "dates.txt", "non-counts.txt", "quantity-binding.txt")) {
			for (String line : Files.readAllLines(Path.of("src/test/resources/examples", corpus))) {
				String input = line.split("⟶")[0];
				assertThat(this.gated.recognize(input)).as(line).isEqualTo(this.everyToken.recognize(input));
			}
		}
	}

	@Test
	void wordsTheLexiconsHoldPassWithTheirProcliticsAndOtherWordsDoNot() {
		LexiconWords words = LexiconWords.of(new DateRecognizer(), new NumberRecognizer(), new TimesOfDay());
		assertThat(words.mayStart(word("ثلاثة"))).isTrue();
		assertThat(words.mayStart(word("وثلاثة"))).isTrue();
		assertThat(words.mayStart(word("بنحو"))).isTrue();
		assertThat(words.mayStart(word("حزيران"))).isTrue();
		assertThat(words.mayStart(word("الساعة"))).isTrue();
		assertThat(words.mayStart(word("المستشفى"))).isFalse();
		assertThat(words.mayStart(word("قالت"))).isFalse();
		assertThat(words.mayStart(NumberTokens.of("12").get(0))).isTrue();
	}

	private static Token word(String text) {
		List<Token> tokens = NumberTokens.of(ArabicNormalizer.fold(text));
		assertThat(tokens).hasSize(1);
		assertThat(tokens.get(0).is(Token.Type.WORD)).isTrue();
		return tokens.get(0);
	}

}
