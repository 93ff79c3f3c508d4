package org.mizan.corpus;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.examples.TestArticles;
import org.mizan.text.ArticleTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page line is read from the article's tokens, not folded or cut into words again: on
 * every line of the seeds, the dev stories and the own stories, its words are the
 * article's words on that line, and its form is their forms with one space where the text
 * has any; on lines made to stand at the edges, its counts and number tests hold.
 */
class PageLineTests {

	@Test
	void theWordsOfEveryLineAreTheArticleTokensOnIt() {
		int lines = 0;
		for (String text : TestArticles.all()) {
			ArticleTokens tokens = ArticleTokens.read(text);
			for (PageLine line : PageLine.split(tokens)) {
				List<String> words = wordsBetween(tokens, line.start(), line.end());
				assertThat(line.tokens()).as(line.normalized()).isEqualTo(words);
				assertThat(line.size()).isEqualTo(words.size());
				assertThat(line.wordsIn(0, line.normalized().length())).isEqualTo(words.size());
				assertThat(line.normalized()).isEqualTo(line.normalized().strip()).doesNotContain("  ");
				assertThat(line.hasNumber())
					.isEqualTo(words.stream().anyMatch(w -> w.chars().anyMatch(Character::isDigit)));
				lines++;
			}
		}
		assertThat(lines).isGreaterThan(500);
	}

	@Test
	void aLineOfTheArticleReadsAsTheSameTextReadAlone() {
		for (String text : TestArticles.all()) {
			for (PageLine line : PageLine.split(ArticleTokens.read(text))) {
				String alone = text.substring(line.start(), line.end());
				assertThat(line.normalized()).isEqualTo(PageLine.normalize(alone));
			}
		}
	}

	@Test
	void digitsMarksAndGluedPrefixesAreReadAsTheArticleReadsThem() {
		String page = String.join("\n", "", "   ", "12 / 45", "١٢٣٤", "ع.ب/س.م 1825", "الـ١٩٢ و1500", "- عنوان",
				"Reuters 2026", "٪ ، .", "كلمة", "15:20 | 2026/12/07", "«الرئيسية» › أخبار");
		List<PageLine> lines = PageLine.split(page);
		assertThat(lines.get(0).isBlank()).isTrue();
		assertThat(lines.get(1).isBlank()).isTrue();
		assertThat(lines.get(2).isNumberOnly(" /")).isTrue();
		assertThat(lines.get(3).normalized()).isEqualTo("1234");
		assertThat(lines.get(4).isNumberOnly("./ ")).isFalse();
		assertThat(lines.get(4).tokens()).containsExactly("ع", "ب", "س", "م", "1825");
		// a number glued to its prefix is one word, as every recognizer reads it
		assertThat(lines.get(5).tokens()).containsExactly("ال192", "و1500");
		assertThat(lines.get(5).hasNumber()).isTrue();
		assertThat(lines.get(6).isListItem()).isTrue();
		assertThat(lines.get(7).normalized()).isEqualTo("reuters 2026");
		assertThat(lines.get(8).size()).isZero();
		assertThat(lines.get(9).hasNumber()).isFalse();
		assertThat(lines.get(10).wordsIn(0, lines.get(10).normalized().indexOf('|'))).isEqualTo(2);
		// quotation marks stay as written: a breadcrumb is told from a quoted name by
		// them
		assertThat(lines.get(11).normalized()).isEqualTo("«الرئيسيه» › اخبار");
	}

	private static List<String> wordsBetween(ArticleTokens tokens, int start, int end) {
		List<String> words = new java.util.ArrayList<>();
		for (int t = 0; t < tokens.size(); t++) {
			if (tokens.isWord(t) && tokens.start(t) >= start && tokens.end(t) <= end && !tokens.form(t).isEmpty()) {
				words.add(tokens.form(t));
			}
		}
		return words;
	}

}
