package org.mizan.extract.number;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.mizan.extract.number.Token.Type;
import org.mizan.text.ArticleTokens;
import org.mizan.text.Lexicons;

/**
 * The number grammar's tokens, read out of the article's one cut into tokens
 * ({@link ArticleTokens}): an Arabic word, a number written in digits, a Latin word, one
 * symbol, a line end. A word of the article is parted where its script changes («بـ19» is
 * ب and 19, glued); numerals are read with their separators, which may span several of
 * the article's tokens: a comma before exactly three digits groups thousands, otherwise
 * it is a decimal comma ({@code 5,9}); several dots that do not group thousands split the
 * digits into separate numbers ({@code 192.168.1.2}); a space groups thousands after a
 * short first group ({@code 1 234 567}). Offsets are into the normalized text.
 */
public final class NumberTokens {

	/**
	 * The Arabic comma, a thousands separator before exactly three digits
	 * ({@code thousands_comma} in the numbers lexicon).
	 */
	private static final char THOUSANDS_COMMA = thousandsComma();

	private NumberTokens() {
	}

	private static char thousandsComma() {
		Object comma = Lexicons.load("numbers").get("thousands_comma");
		if (!(comma instanceof String s) || s.length() != 1) {
			throw new IllegalStateException("numbers.yml: thousands_comma must be one character");
		}
		return s.charAt(0);
	}

	/**
	 * The number tokens of an article's tokens, unmodifiable. Every list of tokens the
	 * recognizers read is this one class, so that their calls to it stay monomorphic.
	 */
	public static List<Token> of(ArticleTokens tokens) {
		return Collections.unmodifiableList(tokenList(tokens));
	}

	/** The number tokens of a text of its own (a lexicon phrase, a test). */
	public static List<Token> of(String text) {
		return of(ArticleTokens.read(text));
	}

	private static List<Token> tokenList(ArticleTokens tokens) {
		String s = tokens.normalized().text();
		List<Token> out = new ArrayList<>(Math.max(16, s.length() / 5));
		// the normalized text is read up to here: a numeral may read on into the next
		// tokens
		int read = 0;
		boolean glued = false;
		for (int t = 0; t <= tokens.size(); t++) {
			int from = t < tokens.size() ? Math.max(read, tokens.normalizedStart(t)) : s.length();
			// between the tokens: spaces and line ends
			for (int k = read; k < from; k++) {
				if (s.charAt(k) == '\n') {
					out.add(new Token(Type.NEWLINE, "\n", k, k + 1, glued, 0, 0));
				}
				glued = false;
			}
			read = Math.max(read, from);
			if (t < tokens.size() && from < tokens.normalizedEnd(t)) {
				read = readToken(s, from, tokens.normalizedEnd(t), glued, out);
				glued = true;
			}
		}
		return out;
	}

	/**
	 * Reads the article token at {@code s[from, to)}; returns where reading stopped, past
	 * {@code to} when a numeral or a surrogate pair reads on.
	 */
	private static int readToken(String s, int from, int to, boolean glued, List<Token> out) {
		int i = from;
		while (i < to) {
			char c = s.charAt(i);
			int j;
			if (isArabicLetter(c)) {
				j = i + 1;
				while (j < to && isArabicLetter(s.charAt(j))) {
					j++;
				}
				out.add(new Token(Type.WORD, s.substring(i, j), i, j, glued, 0, 0));
			}
			else if (isDigit(c) || (c == '.' || c == '-') && startsNumber(s, i)) {
				j = readNumber(s, i, glued, out);
			}
			else if (isLatin(c)) {
				j = i + 1;
				while (j < to && isLatin(s.charAt(j))) {
					j++;
				}
				out.add(new Token(Type.LATIN, s.substring(i, j), i, j, glued, 0, 0));
			}
			else {
				j = i + 1;
				if (Character.isHighSurrogate(c) && j < s.length()) {
					j++;
				}
				out.add(new Token(Type.SYM, s.substring(i, j), i, j, glued, 0, 0));
			}
			glued = true;
			i = j;
		}
		return i;
	}

	private static boolean startsNumber(String s, int i) {
		if (i + 1 >= s.length() || !isDigit(s.charAt(i + 1))) {
			return false;
		}
		char before = i == 0 ? ' ' : s.charAt(i - 1);
		if (s.charAt(i) == '.') {
			return !isDigit(before);
		}
		return !isDigit(before) && !isArabicLetter(before) && !isLatin(before);
	}

	private static int readNumber(String s, int start, boolean glued, List<Token> out) {
		int n = s.length();
		int i = start;
		boolean negative = false;
		if (s.charAt(i) == '-') {
			negative = true;
			i++;
		}
		List<int[]> groups = new ArrayList<>(4);
		StringBuilder seps = new StringBuilder(4);
		if (s.charAt(i) == '.') {
			seps.append('.');
			groups.add(new int[] { i, i });
			i++;
		}
		int g = i;
		while (i < n && isDigit(s.charAt(i))) {
			i++;
		}
		groups.add(new int[] { g, i });
		while (i + 1 < n) {
			char c = s.charAt(i);
			if ((c == ',' || c == '.') && isDigit(s.charAt(i + 1))) {
				g = i + 1;
			}
			else if (c == THOUSANDS_COMMA && threeDigits(s, i + 1)) {
				g = i + 1;
				c = ',';
			}
			else if (c == ' ' && spaceGroup(s, i, groups, seps)) {
				g = i + 1;
			}
			else {
				break;
			}
			seps.append(c);
			i = g;
			while (i < n && isDigit(s.charAt(i))) {
				i++;
			}
			groups.add(new int[] { g, i });
		}
		int exponent = 0;
		double power = 1;
		if (i + 1 < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
			int e = signedEnd(s, i + 1, false);
			if (e > 0) {
				exponent = Integer.parseInt(s.substring(i + 1, Math.min(e, i + 5)).replace("+", ""));
				i = e;
			}
		}
		else if (i + 1 < n && s.charAt(i) == '^') {
			int e = signedEnd(s, i + 1, true);
			if (e > 0) {
				power = Double.parseDouble(s.substring(i + 1, e).replace(',', '.'));
				i = e;
			}
		}
		String sepText = seps.toString();
		if (splitsIntoNumbers(sepText, groups, s)) {
			for (int k = 0; k < groups.size(); k++) {
				int[] gr = groups.get(k);
				if (k > 0) {
					out.add(new Token(Type.SYM, ".", gr[0] - 1, gr[0], true, 0, 0));
				}
				double v = Double.parseDouble(s.substring(gr[0], gr[1]));
				int from = k == 0 ? start : gr[0];
				out.add(new Token(Type.NUM, s.substring(from, gr[1]), from, gr[1], k == 0 ? glued : true,
						k == 0 && negative ? -v : v, 0));
			}
			return i;
		}
		double value = Math.pow(valueOf(s, sepText, groups) * Math.pow(10, exponent), power);
		int plain = !negative && sepText.isEmpty() && exponent == 0 && power == 1 ? groups.get(0)[1] - groups.get(0)[0]
				: 0;
		out.add(new Token(Type.NUM, s.substring(start, i), start, i, glued, negative ? -value : value, plain));
		return i;
	}

	private static boolean threeDigits(String s, int k) {
		return k + 3 <= s.length() && isDigit(s.charAt(k)) && isDigit(s.charAt(k + 1)) && isDigit(s.charAt(k + 2))
				&& (k + 3 == s.length() || !isDigit(s.charAt(k + 3)));
	}

	/**
	 * End of a signed exponent such as {@code +14}, {@code -1}, {@code 1,1}, or -1 when
	 * there is none.
	 */
	private static int signedEnd(String s, int k, boolean decimals) {
		int e = k < s.length() && (s.charAt(k) == '+' || s.charAt(k) == '-') ? k + 1 : k;
		int digits = e;
		while (e < s.length() && isDigit(s.charAt(e))) {
			e++;
		}
		if (decimals && e + 1 < s.length() && (s.charAt(e) == ',' || s.charAt(e) == '.') && isDigit(s.charAt(e + 1))) {
			e++;
			while (e < s.length() && isDigit(s.charAt(e))) {
				e++;
			}
		}
		return e > digits ? e : -1;
	}

	/**
	 * "1 234 567": a space groups thousands only after a short first group and before
	 * exactly three digits.
	 */
	private static boolean spaceGroup(String s, int i, List<int[]> groups, StringBuilder seps) {
		int[] first = groups.get(0);
		if (first[1] - first[0] > 3 || first[1] == first[0] || seps.indexOf(",") >= 0 || seps.indexOf(".") >= 0) {
			return false;
		}
		int k = i + 1;
		int d = 0;
		while (k < s.length() && isDigit(s.charAt(k))) {
			k++;
			d++;
		}
		return d == 3 && (k == s.length() || !isLatin(s.charAt(k)));
	}

	private static boolean splitsIntoNumbers(String seps, List<int[]> groups, String s) {
		if (seps.indexOf(',') >= 0 || countOf(seps, '.') < 2 || groups.get(0)[0] == groups.get(0)[1]) {
			return false;
		}
		return !allThousandGroups(groups, 1);
	}

	private static double valueOf(String s, String seps, List<int[]> groups) {
		char decimal = decimalSeparator(s, seps, groups);
		int point = seps.lastIndexOf(decimal);
		StringBuilder b = new StringBuilder(24);
		for (int k = 0; k < groups.size(); k++) {
			if (k > 0 && k - 1 == point) {
				b.append('.');
			}
			int[] g = groups.get(k);
			b.append(s, g[0], g[1]);
		}
		if (b.length() == 0 || b.charAt(0) == '.') {
			b.insert(0, '0');
		}
		return Double.parseDouble(b.toString());
	}

	private static char decimalSeparator(String s, String seps, List<int[]> groups) {
		int lastDot = seps.lastIndexOf('.');
		int lastComma = seps.lastIndexOf(',');
		if (lastDot >= 0 && lastComma >= 0) {
			return lastDot > lastComma ? '.' : ',';
		}
		if (lastDot >= 0) {
			return countOf(seps, '.') == 1 ? '.' : 'x';
		}
		if (lastComma >= 0) {
			int[] first = groups.get(0);
			boolean zeroLead = first[1] - first[0] == 1 && s.charAt(first[0]) == '0';
			return allThousandGroups(groups, 1) && !zeroLead ? 'x' : ',';
		}
		return 'x';
	}

	private static boolean allThousandGroups(List<int[]> groups, int from) {
		for (int k = from; k < groups.size(); k++) {
			if (groups.get(k)[1] - groups.get(k)[0] != 3) {
				return false;
			}
		}
		return groups.get(0)[1] - groups.get(0)[0] <= 3;
	}

	private static int countOf(String s, char c) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isLatin(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	static boolean isArabicLetter(char c) {
		// the Arabic full stop U+06D4 is just past the range
		return c >= '\u0621' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3';
	}

}
