package org.mizan.text;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.examples.TestArticles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's word forms are taken from its normalized text (its letters folded once)
 * and are what the one word fold gives each word on its own: on every test article and on
 * words that carry what the fold drops or changes.
 */
class ArticleTokensTests {

	@Test
	void formsFromTheNormalizedTextAreTheWordFoldOnEveryTestArticle() {
		List<String> texts = TestArticles.all();
		assertThat(texts).hasSizeGreaterThanOrEqualTo(50);
		for (String text : texts) {
			assertSameTokens(text);
		}
	}

	@Test
	void formsFromTheNormalizedTextAreTheWordFoldOnMarksDigitsAndOtherScripts() {
		String text = "قالَ المُتحدّثُ «إنّ ١٢٣ شخصاً» وأكّد: الـــحكومة ی ک Reuters İSTANBUL ΣΟΦΙΑ "
				+ "كل\u00ADمة كلمة\u200Cأخرى \u200Fنص\u200E 5\u00A0آلاف ٣٫٥ ۱۲ ٱلله\n" + "سطر\r\nآخر 2026-12-07";
		assertSameTokens(text);
		ArticleTokens read = ArticleTokens.of(text, ArabicNormalizer.normalize(text));
		List<String> forms = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			if (read.isWord(i)) {
				forms.add(read.form(i));
			}
		}
		assertThat(forms).contains("قال", "المتحدث", "ان", "123", "شخصا", "reuters", "σοφια", "12", "الله");
	}

	@Test
	void aSpanOfTheArticleHasThePlainFormOfTheSameTextReadAlone() {
		SentenceSplitter splitter = new SentenceSplitter();
		int sentences = 0;
		for (String text : TestArticles.all()) {
			ArticleTokens read = ArticleTokens.read(text);
			for (TextSpan s : splitter.split(text)) {
				ArticleTokens alone = ArticleTokens.of(s.of(text));
				assertThat(read.plainWithin(s.start(), s.end())).isEqualTo(alone.plain(0, alone.size()));
				sentences++;
			}
		}
		assertThat(sentences).isGreaterThan(500);
	}

	@Test
	void thePlainFormKeepsWordsAndGluedHyphensAndPartsWordsAtEveryOtherMark() {
		assertThat(plain("قالت «الشرق  الأوسط»، اللندنية")).isEqualTo("قالت الشرق الاوسط اللندنيه");
		assertThat(plain("أبو-ظبي و كوفيد-19")).isEqualTo("ابو-ظبي و كوفيد-19");
		assertThat(plain("24/7 ع.ب")).isEqualTo("24 7 ع ب");
		// a bidi mark parts words as a space does, as the article's tokens read it
		assertThat(plain("سانا‏للأنباء")).isEqualTo("سانا للانباء");
		assertThat(plain("“ ”")).isEmpty();
	}

	private static String plain(String text) {
		ArticleTokens tokens = ArticleTokens.of(text);
		return tokens.plain(0, tokens.size());
	}

	private static void assertSameTokens(String text) {
		ArticleTokens alone = ArticleTokens.of(text);
		ArticleTokens read = ArticleTokens.of(text, ArabicNormalizer.normalize(text));
		assertThat(read.size()).isEqualTo(alone.size());
		for (int i = 0; i < read.size(); i++) {
			assertThat(read.start(i)).isEqualTo(alone.start(i));
			assertThat(read.end(i)).isEqualTo(alone.end(i));
			assertThat(read.isWord(i)).isEqualTo(alone.isWord(i));
			assertThat(read.form(i)).as("%s at %d", text.substring(read.start(i), read.end(i)), read.start(i))
				.isEqualTo(alone.form(i));
		}
	}

}
