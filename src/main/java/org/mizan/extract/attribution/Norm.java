package org.mizan.extract.attribution;

import org.mizan.text.ArabicLetters;
import org.mizan.text.ArticleTokens;

/**
 * The forms this package matches names in, read as the article's tokens read words: the
 * one word fold ({@link ArabicLetters#foldWord}) and the plain form
 * ({@link ArticleTokens#plain}); and the quotation marks.
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

	/**
	 * A name or a phrase that is not read from the article (a stored source name, a
	 * lexicon entry), in the form the article's words are: {@link ArticleTokens#plain} of
	 * its tokens.
	 */
	static String plain(String s) {
		return ArticleTokens.plain(s);
	}

}
