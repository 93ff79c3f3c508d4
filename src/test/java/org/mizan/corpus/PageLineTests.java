package org.mizan.corpus;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.examples.TestArticles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page line counts its tokens and notes its numbers and words when it is read, and
 * lists its tokens only when asked: on every line of the seeds, the dev stories and the
 * own stories, and on lines made to stand at the edges, the counts agree with the list.
 */
class PageLineTests {

	@Test
	void theCountsAgreeWithTheTokensOnEveryLineOfTheTestArticles() {
		int lines = 0;
		for (String text : TestArticles.all()) {
			for (PageLine line : PageLine.split(text)) {
				assertAgrees(line);
				lines++;
			}
		}
		assertThat(lines).isGreaterThan(500);
	}

	@Test
	void theCountsAgreeOnLinesOfDigitsMarksAndMixedRuns() {
		String page = String.join("\n", "", "   ", "12 / 45", "١٢٣٤", "ع.ب/س.م 1825", "ال١٩٢ و1500", "- عنوان",
				"Reuters 2026", "٪ ، .", "كلمة", "15:20 | 2026/12/07");
		for (PageLine line : PageLine.split(page)) {
			assertAgrees(line);
		}
		List<PageLine> lines = PageLine.split(page);
		assertThat(lines.get(2).isNumberOnly(" /")).isTrue();
		assertThat(lines.get(4).isNumberOnly("./ ")).isFalse();
		assertThat(lines.get(5).size()).isEqualTo(4);
		assertThat(lines.get(9).hasNumber()).isFalse();
	}

	private static void assertAgrees(PageLine line) {
		List<String> tokens = PageLine.tokens(line.normalized());
		assertThat(line.size()).as(line.normalized()).isEqualTo(tokens.size());
		assertThat(line.hasNumber()).as(line.normalized()).isEqualTo(tokens.stream().anyMatch(PageLine::isNumber));
		assertThat(line.tokens()).isEqualTo(tokens);
		assertThat(line.isNumberOnly(" ./:|-"))
			.isEqualTo(!tokens.isEmpty() && tokens.stream().allMatch(PageLine::isNumber)
					&& line.normalized().chars().allMatch(c -> Character.isDigit(c) || " ./:|-".indexOf(c) >= 0));
	}

}
