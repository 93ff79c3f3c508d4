package org.mizan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Language knowledge is data: no Arabic letter in a string or char literal under
 * {@code src/main/java} (comments are fine, and so are unicode escapes of a script range
 * or a punctuation mark). Arabic words belong in {@code config/lexicon/}.
 */
class ArabicLiteralsTests {

	private static final Path SOURCES = Path.of("src/main/java");

	@Test
	void noArabicLiteralInTheMainSources() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
				for (String literal : arabicLiterals(Files.readString(f, StandardCharsets.UTF_8))) {
					found.add(SOURCES.relativize(f).toString().replace('\\', '/') + ": \"" + literal + "\"");
				}
			}
		}
		assertThat(found).as("move these words to config/lexicon/").isEmpty();
	}

	@Test
	void theScannerSkipsCommentsAndReadsLiterals() {
		String src = "// «قال»\n/* \"قال\" */ class A { String s = \"قال\"; char c = 'ق'; String t = \"a\\\"\"; "
				+ "String b = \"\"\"\n   ان\n\"\"\"; /** 'ب' */ }";
		assertThat(JavaLiterals.of(src)).containsExactly("قال", "ق", "a\\\"", "   ان\n");
		assertThat(arabicLiterals(src)).containsExactly("قال", "ق", "   ان\n");
	}

	@Test
	void theCheckFindsAnArabicWordAndPassesCommentsAndEscapes() {
		assertThat(arabicLiterals("class A { boolean b(String w) { return w.startsWith(\"ال\"); } }"))
			.containsExactly("ال");
		assertThat(arabicLiterals("class A { String p = \"a\" + \"،\"; }")).containsExactly("،");
		assertThat(arabicLiterals("class A {\n\t// the article «ال»\n\tchar comma = '\\u060C'; /* \"و\" */\n}"))
			.isEmpty();
	}

	/** The literals of a Java source that hold an Arabic letter or mark. */
	static List<String> arabicLiterals(String source) {
		return JavaLiterals.of(source).stream().filter(JavaLiterals::arabic).toList();
	}

	/**
	 * The string, text-block and char literals of a Java source, comments skipped (their
	 * bodies, escapes kept raw).
	 */
	static final class JavaLiterals {

		static List<String> of(String s) {
			List<String> out = new ArrayList<>();
			int i = 0;
			int n = s.length();
			while (i < n) {
				char c = s.charAt(i);
				if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
					i = s.indexOf('\n', i);
					i = i < 0 ? n : i;
				}
				else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
					int e = s.indexOf("*/", i + 2);
					i = e < 0 ? n : e + 2;
				}
				else if (s.startsWith("\"\"\"", i)) {
					int e = s.indexOf("\"\"\"", i + 3);
					int from = s.indexOf('\n', i) + 1;
					out.add(s.substring(from, e < 0 ? n : e));
					i = e < 0 ? n : e + 3;
				}
				else if (c == '"' || c == '\'') {
					int j = i + 1;
					while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
						j += s.charAt(j) == '\\' ? 2 : 1;
					}
					out.add(s.substring(i + 1, Math.min(j, n)));
					i = j + 1;
				}
				else {
					i++;
				}
			}
			return out;
		}

		static boolean arabic(String literal) {
			return literal.codePoints()
				.anyMatch(cp -> cp >= 0x0600 && cp <= 0x06FF || cp >= 0x0750 && cp <= 0x077F
						|| cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF);
		}

	}

}
