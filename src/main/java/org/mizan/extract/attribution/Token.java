package org.mizan.extract.attribution;

import org.mizan.text.ArticleTokens;

/**
 * A word or a punctuation mark of the text, with its folded and its bare form (the
 * article's tokens', {@link ArticleTokens#form} and {@link ArticleTokens#bare}), kept as
 * every cue check reads them, and its line ({@link ArticleTokens#line}).
 */
record Token(int start, int end, String text, String norm, String bare, boolean word, int line) {

	/** A word, with its bare form ({@link ArticleTokens#bare}). */
	static Token word(int start, int end, String text, String norm, String bare, int line) {
		return new Token(start, end, text, norm, bare, true, line);
	}

	/** A mark, its one character as written ({@link ArticleTokens#form}). */
	static Token mark(int at, String mark, int line) {
		return new Token(at, at + 1, mark, mark, mark, false, line);
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

}
