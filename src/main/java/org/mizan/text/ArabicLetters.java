package org.mizan.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one Arabic letter fold, shared by the whole-text {@link ArabicNormalizer}, the
 * attribution names, the quantity words and the page-furniture lines, read from
 * morphology.yml ({@code letter_fold}, {@code digit_zeros}, {@code dropped_marks}): alef
 * forms (أ إ آ ٱ ٲ ٳ) to ا, ى and the Persian ی to ي, the Persian ک to ك, ة to ه,
 * Arabic-Indic and Persian digits to ASCII; harakat, Quranic marks, the superscript alef
 * and tatweel are marks to drop.
 * <p>
 * Kept rather than Lucene's {@code ArabicNormalizer}: that one folds only أ إ آ, leaves
 * ی, ک and the digits of Persian-keyboard news copy apart, and rewrites a buffer in
 * place, where the reading needs an offset map back to the article.
 */
public final class ArabicLetters {

	/**
	 * Every character the fold changes or drops is below U+0700: one table lookup for
	 * those (the fold runs on every character of every article, several times).
	 */
	private static final int TABLE_END = 0x0700;

	private static final char[] FOLDED = new char[TABLE_END];

	private static final boolean[] MARK = new boolean[TABLE_END];

	static {
		for (char c = 0; c < TABLE_END; c++) {
			FOLDED[c] = c;
		}
		Map<String, Object> morphology = Lexicons.load("morphology");
		((Map<?, ?>) required(morphology, "letter_fold")).forEach((letter, forms) -> {
			char folded = letter(letter, "letter_fold");
			for (Object form : (List<?>) forms) {
				FOLDED[letter(form, "letter_fold")] = folded;
			}
		});
		for (Object zero : (List<?>) required(morphology, "digit_zeros")) {
			char first = letter(zero, "digit_zeros");
			if (first + 9 >= TABLE_END) {
				throw new IllegalStateException(
						"morphology.yml: digit_zeros: " + zero + " starts no run of ten digits");
			}
			for (int d = 0; d < 10; d++) {
				FOLDED[first + d] = (char) ('0' + d);
			}
		}
		for (Object range : (List<?>) required(morphology, "dropped_marks")) {
			String[] ends = String.valueOf(range).split("-");
			int from = codePoint(ends[0]);
			int to = codePoint(ends[ends.length - 1]);
			for (int c = from; c <= to; c++) {
				MARK[c] = true;
			}
		}
	}

	private ArabicLetters() {
	}

	private static Object required(Map<String, Object> yml, String key) {
		Object value = yml.get(key);
		if (value == null) {
			throw new IllegalStateException("morphology.yml: " + key + " is missing");
		}
		return value;
	}

	/** One character the table holds. */
	static char letter(Object entry, String key) {
		String s = String.valueOf(entry);
		if (s.length() != 1 || s.charAt(0) >= TABLE_END) {
			throw new IllegalStateException("morphology.yml: " + key + ": '" + s + "' is not one letter below U+0700");
		}
		return s.charAt(0);
	}

	private static int codePoint(String hex) {
		int c;
		try {
			c = Integer.parseInt(hex.strip(), 16);
		}
		catch (NumberFormatException ex) {
			throw new IllegalStateException("morphology.yml: dropped_marks: '" + hex + "' is not a code point", ex);
		}
		if (c < 0 || c >= TABLE_END) {
			throw new IllegalStateException("morphology.yml: dropped_marks: " + hex + " is not below U+0700");
		}
		return c;
	}

	/** The folded form of {@code c}, or {@code c} itself. */
	public static char fold(char c) {
		return c < TABLE_END ? FOLDED[c] : c;
	}

	/**
	 * A diacritic (harakat, Quranic annotation, superscript alef) or tatweel: dropped
	 * when words are compared.
	 */
	public static boolean isMark(char c) {
		return c < TABLE_END && MARK[c];
	}

	/**
	 * A character that is not seen: the bidi marks and embeddings, the zero-width
	 * joiners, the Arabic letter mark, the soft hyphen and the byte-order mark. Dropped
	 * as a diacritic is: a word is not cut by one.
	 */
	public static boolean isInvisible(char c) {
		return c >= '\u200C' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2060' && c <= '\u2069'
				|| c == '\u061C' || c == '\uFEFF' || c == '\u00AD';
	}

	/**
	 * {@code s[from, to)} folded as a word is compared: every letter by {@link #fold},
	 * marks and invisible characters dropped, Latin lowercased. The one word fold: the
	 * article's tokens and every lexicon entry they are looked up under take it.
	 */
	public static String foldWord(String s, int from, int to) {
		char[] out = null;
		int n = 0;
		boolean otherScript = false;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			char folded = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : fold(c);
			boolean dropped = isMark(c) || isInvisible(c);
			otherScript |= needsFullLowerCase(c);
			if (out == null) {
				if (folded == c && !dropped) {
					continue;
				}
				out = new char[to - from];
				s.getChars(from, i, out, 0);
				n = i - from;
			}
			if (!dropped) {
				out[n++] = folded;
			}
		}
		String word = out == null ? s.substring(from, to) : new String(out, 0, n);
		return otherScript ? word.toLowerCase(Locale.ROOT) : word;
	}

	/**
	 * A word whose letters are folded already, lowercased as {@link #foldWord} lowercases
	 * it: Latin by the ASCII table, and the whole word by the full rules when it holds a
	 * letter of another script that is not lowercase (İ, final sigma).
	 */
	public static String lowerCase(String folded) {
		boolean latin = false;
		boolean otherScript = false;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			latin |= c >= 'A' && c <= 'Z';
			otherScript |= needsFullLowerCase(c);
		}
		if (!latin && !otherScript) {
			return folded;
		}
		char[] out = folded.toCharArray();
		for (int i = 0; i < out.length; i++) {
			char c = out[i];
			out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
		}
		String word = new String(out);
		return otherScript ? word.toLowerCase(Locale.ROOT) : word;
	}

	/**
	 * A letter of another script than Latin and Arabic that is not lowercase: a word
	 * holding one is lowercased by the full rules (İ, final sigma). «», a dash or a
	 * non-breaking space have no case.
	 */
	public static boolean needsFullLowerCase(char c) {
		return c >= 0x80 && (c < '\u0600' || c > '\u06FF') && Character.isLetter(c) && !Character.isLowerCase(c);
	}

	/** {@link #foldWord(String, int, int)} of the whole of {@code s}. */
	public static String foldWord(String s) {
		return foldWord(s, 0, s.length());
	}

}
