package org.mizan.corpus;

import java.util.ArrayList;
import java.util.List;

import org.mizan.text.ArticleTokens;
import org.mizan.text.TextSpan;

/**
 * The w-word shingles of an article's content (boilerplate regions left out), as 64-bit
 * hashes of the article's words as its tokens fold them.
 */
final class Shingles {

	static final int WORDS = 5;

	private Shingles() {
	}

	static long[] of(ArticleTokens tokens, List<TextSpan> boilerplate) {
		List<String> words = new ArrayList<>(tokens.size());
		int region = 0;
		for (int t = 0; t < tokens.size(); t++) {
			while (region < boilerplate.size() && boilerplate.get(region).end() <= tokens.start(t)) {
				region++;
			}
			boolean inBoilerplate = region < boilerplate.size() && boilerplate.get(region).start() <= tokens.start(t);
			if (tokens.isWord(t) && !inBoilerplate && !tokens.form(t).isEmpty()) {
				words.add(tokens.form(t));
			}
		}
		if (words.isEmpty()) {
			return new long[0];
		}
		int count = Math.max(1, words.size() - WORDS + 1);
		long[] shingles = new long[count];
		for (int i = 0; i < count; i++) {
			long hash = 0x9E3779B97F4A7C15L;
			for (int j = i; j < Math.min(i + WORDS, words.size()); j++) {
				hash = MinHash.mix(hash * 31 + words.get(j).hashCode());
			}
			shingles[i] = hash;
		}
		return shingles;
	}

}
