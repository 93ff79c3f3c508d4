package org.mizan.corpus;

import java.util.ArrayList;
import java.util.List;

import org.mizan.text.TextSpan;

/**
 * The w-word shingles of a text's content (boilerplate regions left out), as 64-bit
 * hashes of normalized words.
 */
final class Shingles {

	static final int WORDS = 5;

	private Shingles() {
	}

	static long[] of(String text, List<TextSpan> boilerplate) {
		List<String> words = new ArrayList<>();
		int from = 0;
		for (TextSpan span : boilerplate) {
			words.addAll(PageLine.tokens(PageLine.normalize(text.substring(from, span.start()))));
			from = span.end();
		}
		words.addAll(PageLine.tokens(PageLine.normalize(text.substring(from))));
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
