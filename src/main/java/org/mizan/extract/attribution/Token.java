package org.mizan.extract.attribution;

/**
 * A word or a punctuation mark of the text, with its folded form and that form without a
 * leading conjunction (both computed once, as every cue check reads them).
 */
record Token(int start, int end, String text, String norm, String bare, boolean word) {

	static Token word(int start, int end, String text) {
		String norm = Norm.fold(text);
		return new Token(start, end, text, norm, withoutConjunction(norm), true);
	}

	static Token mark(int at, char c) {
		String s = String.valueOf(c);
		return new Token(at, at + 1, s, s, s, false);
	}

	boolean is(String folded) {
		return norm.equals(folded);
	}

	boolean isChar(char c) {
		return !word && text.charAt(0) == c;
	}

	boolean quote() {
		return !word && Norm.isQuote(text.charAt(0));
	}

	/** The folded word without a leading conjunction و or ف, or the word itself. */
	private static String withoutConjunction(String norm) {
		return norm.length() > 2 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? norm.substring(1) : norm;
	}

}
