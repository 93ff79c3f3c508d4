package org.mizan.extract.attribution;

import java.util.List;

/**
 * Folded cue phrases, longest first, matched at a token through an index of their first
 * words.
 */
final class Phrases {

	private final List<String[]> list;

	private final FirstWordIndex index;

	/**
	 * @param longestFirst the phrases, already sorted longest first
	 */
	Phrases(List<String[]> longestFirst) {
		this.list = List.copyOf(longestFirst);
		this.index = new FirstWordIndex(this.list);
	}

	List<String[]> list() {
		return list;
	}

	/**
	 * The end (exclusive) of the longest phrase matching at token i, or -1; the first
	 * word may carry و/ف.
	 */
	int match(List<Token> tokens, int i) {
		if (i >= tokens.size()) {
			return -1;
		}
		for (int p : index.candidates(tokens.get(i))) {
			int end = CueLexicon.match(tokens, i, list.get(p));
			if (end >= 0) {
				return end;
			}
		}
		return -1;
	}

}
