package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into word and punctuation tokens in one pass. */
final class Tokens {

	private Tokens() {
	}

	/**
	 * The tokens of text; conjunctions are the one-letter conjunctions a word may carry.
	 */
	static List<Token> of(String text, String conjunctions) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (c == ' ' || Character.isWhitespace(c) || c == '\u200F' || c == '\u200E' || c == '\u00A0') {
				i++;
				continue;
			}
			if (wordChar(c)) {
				int start = i;
				while (i < n && (wordChar(text.charAt(i))
						|| (joiner(text.charAt(i)) && i + 1 < n && wordChar(text.charAt(i + 1)) && i > start))) {
					i++;
				}
				tokens.add(Token.word(start, i, text.substring(start, i), conjunctions));
			}
			else {
				tokens.add(Token.mark(i, c));
				i++;
			}
		}
		return tokens;
	}

	private static boolean wordChar(char c) {
		// Arabic letters first: most characters of an article are (the range includes the
		// tatweel U+0640)
		return (c >= '\u0621' && c <= '\u064A') || Character.isLetterOrDigit(c)
				|| Character.getType(c) == Character.NON_SPACING_MARK;
	}

	private static boolean joiner(char c) {
		return c == '-' || c == '/';
	}

}
