package org.mizan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Language knowledge is data: no Arabic letter in a string or char literal under
 * {@code src/main/java} (comments are fine). The files that still hold such literals are
 * listed in {@code arabic-literals-allowed.txt} with their count; a file may only lose
 * literals, never gain them, and a file not listed may hold none.
 */
class ArabicLiteralsTests {

	private static final Path SOURCES = Path.of("src/main/java");

	@Test
	void noArabicLiteralBeyondTheAllowedOnes() throws IOException {
		Map<String, Integer> allowed = allowed();
		List<String> over = new ArrayList<>();
		for (Map.Entry<String, Integer> e : counts().entrySet()) {
			int limit = allowed.getOrDefault(e.getKey(), 0);
			if (e.getValue() > limit) {
				over.add(e.getKey() + ": " + e.getValue() + " Arabic literals (allowed " + limit + ")");
			}
		}
		assertThat(over).as("move these words to config/lexicon/").isEmpty();
	}

	@Test
	void theScannerSkipsCommentsAndReadsLiterals() {
		String src = "// «قال»\n/* \"قال\" */ class A { String s = \"قال\"; char c = 'ق'; String t = \"a\\\"\"; "
				+ "String b = \"\"\"\n   ان\n\"\"\"; /** 'ب' */ }";
		assertThat(JavaLiterals.of(src)).containsExactly("قال", "ق", "a\\\"", "   ان\n");
		assertThat(JavaLiterals.of(src).stream().filter(JavaLiterals::arabic)).hasSize(3);
	}

	static Map<String, Integer> counts() throws IOException {
		Map<String, Integer> counts = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				long n = JavaLiterals.of(Files.readString(f, StandardCharsets.UTF_8))
					.stream()
					.filter(JavaLiterals::arabic)
					.count();
				if (n > 0) {
					counts.put(SOURCES.relativize(f).toString().replace('\\', '/'), (int) n);
				}
			}
		}
		return counts;
	}

	private static Map<String, Integer> allowed() throws IOException {
		Map<String, Integer> allowed = new TreeMap<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/arabic-literals-allowed.txt"))) {
			String l = line.strip();
			if (!l.isEmpty() && !l.startsWith("#")) {
				String[] parts = l.split("\\s+");
				allowed.put(parts[0], Integer.parseInt(parts[1]));
			}
		}
		return allowed;
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
