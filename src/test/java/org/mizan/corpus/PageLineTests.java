package org.mizan.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page line counts its tokens and notes its numbers and words when it is read, and
 * lists its tokens only when asked: on every line of the seeds, the dev stories and the
 * own stories, and on lines made to stand at the edges, the counts agree with the list.
 */
class PageLineTests {

	@Test
	void theCountsAgreeWithTheTokensOnEveryLineOfTheTestArticles() throws IOException {
		int lines = 0;
		for (String text : articles()) {
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

	private static List<String> articles() throws IOException {
		List<String> out = new ArrayList<>();
		for (String root : List.of("seeds", "src/test/resources/dev-stories", "src/test/resources/own-stories")) {
			try (Stream<Path> files = Files.walk(Path.of(root))) {
				for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
					out.add(Files.readString(p, StandardCharsets.UTF_8));
				}
			}
		}
		return out;
	}

}
