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
 * {@code src/main/java}, written or escaped (comments are fine, and so are unicode
 * escapes of a punctuation mark, and of a letter that bounds a script range:
 * {@code c >= '\u0621'}). Arabic words belong in {@code config/lexicon/}.
 */
class ArabicLiteralsTests {

	private static final Path SOURCES = Path.of("src/main/java");

	@Test
	void noArabicLiteralInTheMainSources() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
				String source = Files.readString(f, StandardCharsets.UTF_8);
				for (String literal : escapedArabicLetters(source)) {
					found.add(SOURCES.relativize(f).toString().replace('\\', '/') + ": \"" + literal + "\"");
				}
				for (String literal : arabicLiterals(source)) {
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

	@Test
	void theCheckFindsAnEscapedArabicLetterThatBoundsNoRange() {
		assertThat(escapedArabicLetters("class A { boolean f(String w) { return w.endsWith(\"\\u0647\"); } }"))
			.containsExactly("\\u0647");
		assertThat(escapedArabicLetters("class A { char t = '\\u062A'; }")).containsExactly("\\u062A");
		assertThat(escapedArabicLetters("class A { boolean f(char c) { return c >= '\\u0621' && c <= '\\u064A' "
				+ "|| c == '\\u060C' || c < '\\u0600'; } // '\\u0647'\n}"))
			.isEmpty();
	}

	/**
	 * The literals of a Java source that escape an Arabic letter, but for a char literal
	 * that bounds a range (after {@code >=}, {@code <=}, {@code <} or {@code >}).
	 */
	static List<String> escapedArabicLetters(String source) {
		List<String> found = new ArrayList<>();
		for (String[] literal : JavaLiterals.withCode(source)) {
			java.util.regex.Matcher escape = java.util.regex.Pattern.compile("\\\\u+([0-9A-Fa-f]{4})")
				.matcher(literal[0]);
			boolean bound = literal[1].matches("(?s).*[<>]=?\\s*'$");
			while (escape.find()) {
				int cp = Integer.parseInt(escape.group(1), 16);
				if (JavaLiterals.arabic(Character.toString(cp)) && Character.isLetter(cp) && !bound) {
					found.add(literal[0]);
					break;
				}
			}
		}
		return found;
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
			return withCode(s).stream().map((literal) -> literal[0]).toList();
		}

		/**
		 * Each literal with the code before it (up to its opening quote, comments
		 * skipped): {@code {literal, code}}.
		 */
		static List<String[]> withCode(String s) {
			List<String[]> out = new ArrayList<>();
			StringBuilder code = new StringBuilder();
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
					out.add(new String[] { s.substring(from, e < 0 ? n : e), code + "\"\"\"" });
					code.setLength(0);
					i = e < 0 ? n : e + 3;
				}
				else if (c == '"' || c == '\'') {
					int j = i + 1;
					while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
						j += s.charAt(j) == '\\' ? 2 : 1;
					}
					code.append(c);
					out.add(new String[] { s.substring(i + 1, Math.min(j, n)), code.toString() });
					code.setLength(0);
					i = j + 1;
				}
				else {
					code.append(c);
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
