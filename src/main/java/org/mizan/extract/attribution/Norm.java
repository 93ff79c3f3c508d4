package org.mizan.extract.attribution;

import java.util.Locale;

/** The small Arabic folding this package matches with: diacritics, tatweel, alef, ya and ta marbuta variants. */
final class Norm {

	private Norm() {
	}

	static String fold(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640' || c == '\u200F' || c == '\u200E') {
				continue;
			}
			switch (c) {
				case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
				case 'ى' -> out.append('ي');
				case 'ة' -> out.append('ه');
				default -> out.append(c);
			}
		}
		return out.toString().toLowerCase(Locale.ROOT);
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
		String folded = fold(s);
		StringBuilder out = new StringBuilder(folded.length());
		boolean space = false;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.isLetterOrDigit(c) || c == '-') {
				if (space && out.length() > 0) {
					out.append(' ');
				}
				out.append(c);
				space = false;
			}
			else {
				space = true;
			}
		}
		return out.toString();
	}

}
