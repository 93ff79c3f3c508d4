package org.mizan.extract.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of words in order (هذه المرة, حصيلة أولية), each word matched against a token's
 * lookup forms ({@link FrameLexicon#isForm}), found in a range of tokens through an index
 * of their first words: a clause is searched once per token, not once per token and
 * phrase.
 */
final class WordPhrases {

	private final Map<String, List<List<String>>> byFirst = new HashMap<>();

	void add(List<String> phrase) {
		this.byFirst.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
	}

	/** Whether one of the phrases lies within tokens [from, to]. */
	boolean within(List<Token> tokens, int from, int to) {
		for (int j = from; j <= to; j++) {
			Token t = tokens.get(j);
			if (startsAt(this.byFirst.get(t.norm()), tokens, j, to)) {
				return true;
			}
			for (String form : t.candidates()) {
				if (startsAt(this.byFirst.get(form), tokens, j, to)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean startsAt(List<List<String>> phrases, List<Token> tokens, int j, int to) {
		if (phrases == null) {
			return false;
		}
		for (List<String> phrase : phrases) {
			int k = 1;
			while (k < phrase.size() && j + k <= to && FrameLexicon.isForm(phrase.get(k), tokens.get(j + k))) {
				k++;
			}
			if (k == phrase.size()) {
				return true;
			}
		}
		return false;
	}

}
