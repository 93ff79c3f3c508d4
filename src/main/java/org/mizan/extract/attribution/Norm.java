package org.mizan.extract.attribution;

import org.mizan.text.ArabicLetters;

/**
 * The folding this package matches names with: {@link ArabicLetters}, bidi marks dropped,
 * Latin lowercased.
 */
final class Norm {

	private Norm() {
	}

	static String fold(String s) {
		return ArabicLetters.foldWord(s);
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
			if (ArabicLetters.needsFullLowerCase(c)) {
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
