package org.mizan.text;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.examples.TestArticles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article's one cut into tokens reads its normalized text: a word's form is the word
 * fold of the word as written and a mark's form is the mark as written, on every test
 * article and on words that carry what the fold drops or changes; what the normalizer
 * drops cuts no word.
 */
class ArticleTokensTests {

	@Test
	void aWordsFormIsTheWordFoldOfTheWordAsWrittenOnEveryTestArticle() {
		List<String> texts = TestArticles.all();
		assertThat(texts).hasSizeGreaterThanOrEqualTo(50);
		for (String text : texts) {
			assertFormsAsWritten(text);
		}
	}

	@Test
	void aWordsFormIsTheWordFoldOnMarksDigitsInvisiblesAndOtherScripts() {
		String text = "قالَ المُتحدّثُ «إنّ ١٢٣ شخصاً» وأكّد: الـــحكومة ی ک Reuters İSTANBUL ΣΟΦΙΑ "
				+ "كل\u00ADمة كلمة\u200Cأخرى \u200Fنص\u200E 5\u00A0آلاف ٣٫٥ ۱۲ ٱلله\n" + "سطر\r\nآخر 2026-12-07";
		assertFormsAsWritten(text);
		List<String> words = words(ArticleTokens.read(text));
		assertThat(words).contains("قال", "المتحدث", "ان", "123", "شخصا", "الحكومه", "reuters", "σοφια", "كلمه",
				"كلمهاخري", "نص", "5", "الاف", "3", "5", "12", "الله", "سطر", "اخر", "2026");
	}

	@Test
	void everySpaceButTheLineEndIsOneSpaceAndTheZeroWidthSpacePartsWords() {
		String text = "أ\u2007ب\u202Fج\u2028د\u3000ه\u200Bو\tز\u000Bح";
		ArticleTokens read = ArticleTokens.read(text);
		assertThat(words(read)).containsExactly("ا", "ب", "ج", "د", "ه", "و", "ز", "ح");
		assertThat(read.normalized().text()).isEqualTo("ا ب ج د ه و ز ح");
	}

	@Test
	void aPartOfAWordOrWordsJoinedBySeparatorsReadAsTheReadingFoldsThem() {
		String text = "قالت بـ١٢٬٥٠٠ شخصاً «وأكّدت»";
		ArticleTokens read = ArticleTokens.read(text);
		int number = text.indexOf('١');
		assertThat(read.formWithin(text.indexOf('ب'), number)).isEqualTo("ب");
		assertThat(read.formWithin(number, text.indexOf(' ', number))).isEqualTo("12,500");
		assertThat(read.formWithin(text.indexOf('و'), text.indexOf('»'))).isEqualTo("واكدت");
		assertThat(read.formWithin(0, text.length())).isEqualTo("قالت ب12,500 شخصا \"واكدت\"");
		assertThat(read.formWithin(5, 5)).isEmpty();
	}

	@Test
	void aWordsBareFormIsTheWordWithoutItsConjunctionWhenTwoLettersAreLeft() {
		ArticleTokens read = ArticleTokens.read("وقال فأكّد وا وأعلن قال «");
		List<String> bare = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			bare.add(read.bare(i));
		}
		assertThat(bare).containsExactly("قال", "اكد", "وا", "اعلن", "قال", "«");
		assertThat(ArabicMorphology.get().conjunctionStemMin).isEqualTo(2);
	}

	private static List<String> words(ArticleTokens read) {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			if (read.isWord(i)) {
				words.add(read.form(i));
			}
		}
		return words;
	}

	@Test
	void aSpanOfTheArticleHasThePlainFormOfTheSameTextReadAlone() {
		SentenceSplitter splitter = new SentenceSplitter();
		int sentences = 0;
		for (String text : TestArticles.all()) {
			ArticleTokens read = ArticleTokens.read(text);
			for (TextSpan s : splitter.split(text)) {
				ArticleTokens alone = ArticleTokens.read(s.of(text));
				assertThat(read.plainWithin(s.start(), s.end())).isEqualTo(alone.plain(0, alone.size()))
					.isEqualTo(ArticleTokens.plain(s.of(text)));
				sentences++;
			}
		}
		assertThat(sentences).isGreaterThan(500);
	}

	@Test
	void everyTokenAndOffsetKnowsItsLineOnEveryTestArticle() {
		List<String> texts = new ArrayList<>(TestArticles.all());
		texts.add("\n\nأول\r\nثان  \n\n ثالث\n");
		texts.add("");
		for (String text : texts) {
			ArticleTokens read = ArticleTokens.read(text);
			int lineEnds = 0;
			for (int offset = 0, t = 0; offset <= text.length(); offset++) {
				assertThat(read.lineOf(offset)).as("line of offset %d", offset).isEqualTo(lineEnds + 1);
				if (t < read.size() && read.start(t) == offset) {
					assertThat(read.line(t)).isEqualTo(lineEnds);
					t++;
				}
				lineEnds += (offset < text.length() && text.charAt(offset) == '\n') ? 1 : 0;
			}
		}
	}

	@Test
	void wordsJoinedByAGluedHyphenOrSlashAreOneCompound() {
		String text = "وصل إلى أبو-ظبي في 24/7 ثم أبو - ظبي و/ أو تل-أبيب-يافا -5";
		ArticleTokens read = ArticleTokens.read(text);
		List<String> compounds = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			if (read.isWord(i)) {
				int last = read.compoundEnd(i);
				compounds.add(text.substring(read.start(i), read.end(last)));
				i = last;
			}
		}
		assertThat(compounds).containsExactly("وصل", "إلى", "أبو-ظبي", "في", "24/7", "ثم", "أبو", "ظبي", "و", "أو",
				"تل-أبيب-يافا", "5");
	}

	@Test
	void thePlainFormKeepsWordsAndGluedHyphensAndPartsWordsAtEveryOtherMark() {
		assertThat(plain("قالت «الشرق  الأوسط»، اللندنية")).isEqualTo("قالت الشرق الاوسط اللندنيه");
		assertThat(plain("أبو-ظبي و كوفيد-19")).isEqualTo("ابو-ظبي و كوفيد-19");
		assertThat(plain("24/7 ع.ب")).isEqualTo("24 7 ع ب");
		// a bidi mark is not seen and cuts no word; a zero-width space parts words
		assertThat(plain("سانا\u200Fللأنباء")).isEqualTo("ساناللانباء");
		assertThat(plain("سانا\u200Bللأنباء")).isEqualTo("سانا للانباء");
		assertThat(plain("“ ”")).isEmpty();
	}

	private static String plain(String text) {
		ArticleTokens tokens = ArticleTokens.read(text);
		String plain = tokens.plain(0, tokens.size());
		assertThat(ArticleTokens.plain(text)).as("the one-pass plain form").isEqualTo(plain);
		return plain;
	}

	private static void assertFormsAsWritten(String text) {
		ArticleTokens read = ArticleTokens.read(text);
		for (int i = 0; i < read.size(); i++) {
			String written = text.substring(read.start(i), read.end(i));
			if (read.isWord(i)) {
				assertThat(read.form(i)).as("%s at %d", written, read.start(i))
					.isEqualTo(ArabicLetters.foldWord(text, read.start(i), read.end(i)));
			}
			else {
				assertThat(read.form(i)).isEqualTo(String.valueOf(text.charAt(read.start(i))));
			}
			if (i > 0) {
				assertThat(read.start(i)).isGreaterThanOrEqualTo(read.end(i - 1));
			}
		}
	}

}
