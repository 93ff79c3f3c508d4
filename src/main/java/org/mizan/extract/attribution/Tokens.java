package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import org.mizan.text.ArabicMorphology;
import org.mizan.text.ArticleTokens;

/**
 * The article's tokens as this package reads them: the shared {@link ArticleTokens}, a
 * compound ({@link ArticleTokens#compoundEnd}) read as one word.
 */
final class Tokens {

	private Tokens() {
	}

	/** The tokens of an article. */
	static List<Token> of(ArticleTokens read) {
		String text = read.text();
		List<Token> tokens = new ArrayList<>(read.size());
		int n = read.size();
		for (int i = 0; i < n; i++) {
			if (!read.isWord(i)) {
				tokens.add(Token.mark(read.start(i), read.form(i), read.line(i)));
				continue;
			}
			int last = read.compoundEnd(i);
			String norm = read.form(i);
			String bare = read.bare(i);
			if (last > i) {
				StringBuilder joined = new StringBuilder(norm);
				for (int k = i + 1; k <= last; k++) {
					joined.append(read.form(k));
				}
				norm = joined.toString();
				bare = ArabicMorphology.get().withoutConjunction(norm);
			}
			tokens.add(Token.word(read.start(i), read.end(last), text.substring(read.start(i), read.end(last)), norm,
					bare, read.line(i)));
			i = last;
		}
		return tokens;
	}

}
