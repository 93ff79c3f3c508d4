package org.mizan.extract.attribution;

import java.util.Locale;

import org.mizan.text.ArabicLetters;

/**
 * The folding this package matches names with: {@link ArabicLetters}, bidi marks dropped,
 * Latin lowercased.
 */
final class Norm {

	private Norm() {
	}

	static String fold(String s) {
		if (isFolded(s)) {
			return s;
		}
		char[] out = new char[s.length()];
		int n = 0;
		boolean otherScript = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (ArabicLetters.isMark(c) || c == '\u200F' || c == '\u200E') {
				continue;
			}
			out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : ArabicLetters.fold(c);
			// «», a dash or a non-breaking space have no case: only a letter of another
			// script that is not lowercase needs the full rules
			otherScript |= c >= 0x80 && (c < '\u0600' || c > '\u06FF') && Character.isLetter(c)
					&& !Character.isLowerCase(c);
		}
		String folded = new String(out, 0, n);
		// ASCII and Arabic letters lowercase one by one; other scripts get the full rules
		// (İ, final sigma)
		return otherScript ? folded.toLowerCase(Locale.ROOT) : folded;
	}

	/**
	 * Only lowercase ASCII and Arabic letters that folding keeps as they are (most
	 * words): nothing to copy.
	 */
	private static boolean isFolded(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean kept = c < 0x80 ? !(c >= 'A' && c <= 'Z')
					: c >= '\u0621' && c <= '\u064A' && c != '\u0640' && ArabicLetters.fold(c) == c;
			if (!kept) {
				return false;
			}
		}
		return true;
	}

	static boolean isQuote(char c) {
		return "«»“”\"″„‟'‘’".indexOf(c) >= 0;
	}

	static boolean isOpeningQuote(char c) {
		return c == '«' || c == '“' || c == '„';
	}

	static boolean isClosingQuote(char c) {
		return c == '»' || c == '”' || c == '″' || c == '‟';
	}

	/** A folded name with quotes and punctuation removed and spaces collapsed. */
	static String plain(String s) {
		// a letter of another script that is not lowercase needs the whole string
		// lowercased first (İ, final sigma); else fold and keep in one pass
		return hasOtherCase(s) ? keep(fold(s), false) : keep(s, true);
	}

	private static boolean hasOtherCase(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 0x80 && (c < '\u0600' || c > '\u06FF') && Character.isLetter(c) && !Character.isLowerCase(c)) {
				return true;
			}
		}
		return false;
	}

	/** The letters, digits and dashes of {@code s}, folded on the way when asked. */
	private static String keep(String s, boolean fold) {
		char[] out = new char[s.length()];
		int n = 0;
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (fold) {
				if (ArabicLetters.isMark(c) || c == '\u200F' || c == '\u200E') {
					continue;
				}
				c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : ArabicLetters.fold(c);
			}
			if ((c >= '\u0621' && c <= '\u064A' && c != '\u0640') || Character.isLetterOrDigit(c) || c == '-') {
				if (space && n > 0) {
					out[n++] = ' ';
				}
				out[n++] = c;
				space = false;
			}
			else {
				space = true;
			}
		}
		return new String(out, 0, n);
	}

}
