package org.mizan.text;

import java.util.Map;

/**
 * One pass over a text that makes spelling variants compare equal: Arabic-Indic and
 * Persian digits to ASCII, the Arabic decimal and thousands separators to {@code .} and
 * {@code ,}, alef, ya and ta marbuta variants folded by {@link ArabicLetters}, quotation
 * marks to {@code "}, dashes to {@code -}, every space but the line end (NBSP, tab, CR,
 * the zero-width space) to a space; diacritics, tatweel and invisible characters
 * ({@link ArabicLetters#isInvisible}) are dropped. Thread-safe and stateless.
 */
public final class ArabicNormalizer {

	private static final char DROP = '\uFFFF';

	private static final char[] TABLE = buildTable();

	private ArabicNormalizer() {
	}

	public static NormalizedText normalize(String text) {
		int n = text.length();
		char[] out = new char[n];
		int[] starts = new int[n];
		int[] ends = new int[n];
		int k = 0;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			char r = TABLE[c];
			if (r == DROP) {
				if (k > 0 && ends[k - 1] == i) {
					ends[k - 1] = i + 1;
				}
				continue;
			}
			out[k] = r;
			starts[k] = i;
			ends[k] = i + 1;
			k++;
		}
		return new NormalizedText(new String(out, 0, k), starts, ends, n);
	}

	/** What {@code c} becomes: a char, or {@link #dropped} when it is dropped. */
	static char map(char c) {
		return TABLE[c];
	}

	/** True for what {@link #map} gives a dropped char. */
	static boolean dropped(char mapped) {
		return mapped == DROP;
	}

	/** The normalized form of a short string such as a lexicon entry. */
	public static String fold(String text) {
		return normalize(text).text().trim();
	}

	private static char[] buildTable() {
		char[] t = new char[0x10000];
		for (int c = 0; c < t.length; c++) {
			t[c] = (char) c;
		}
		// the letter fold and its digits (every character it changes is below U+0700)
		for (char c = 0; c < 0x0700; c++) {
			t[c] = ArabicLetters.isMark(c) ? DROP : ArabicLetters.fold(c);
		}
		// a number's own marks are read as the Latin ones
		Map<?, ?> numberMarks = (Map<?, ?>) Lexicons.load("morphology").get("number_marks");
		numberMarks.forEach((mark,
				latin) -> t[ArabicLetters.letter(mark, "number_marks")] = ArabicLetters.letter(latin, "number_marks"));
		for (int c = 0; c < t.length; c++) {
			if (c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c)) || c == '\u200B') {
				// every space, the no-break and the zero-width ones too: one space
				t[c] = ' ';
			}
			else if (ArabicLetters.isInvisible((char) c)) {
				t[c] = DROP;
			}
		}
		for (char c : new char[] { '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u2033', '\u201F' }) {
			t[c] = '"';
		}
		t['\u2018'] = '\'';
		t['\u2019'] = '\'';
		for (char c : new char[] { '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' }) {
			t[c] = '-';
		}
		return t;
	}

}
