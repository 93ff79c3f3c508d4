package org.mizan.extract.attribution;

/** A word or a punctuation mark of the text, with its folded form. */
record Token(int start, int end, String text, String norm, boolean word) {

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
	String bare() {
		return word && norm.length() > 2 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? norm.substring(1) : norm;
	}

}
