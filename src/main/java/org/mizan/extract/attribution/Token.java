package org.mizan.extract.attribution;

/**
 * A word or a punctuation mark of the text, with its folded form and that form without a
 * leading conjunction (both computed once, as every cue check reads them).
 */
record Token(int start, int end, String text, String norm, String bare, boolean word) {

	/** A word; conjunctions are the one-letter conjunctions its bare form drops. */
	static Token word(int start, int end, String text, String norm, String conjunctions) {
		return new Token(start, end, text, norm, withoutConjunction(norm, conjunctions), true);
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

	/** A mark that is one of {@code marks}. */
	boolean isCharIn(String marks) {
		return !word && marks.indexOf(text.charAt(0)) >= 0;
	}

	boolean quote() {
		return !word && Norm.isQuote(text.charAt(0));
	}

	/** The folded word without a leading conjunction (و, ف), or the word itself. */
	private static String withoutConjunction(String norm, String conjunctions) {
		return norm.length() > 2 && conjunctions.indexOf(norm.charAt(0)) >= 0 ? norm.substring(1) : norm;
	}

}
