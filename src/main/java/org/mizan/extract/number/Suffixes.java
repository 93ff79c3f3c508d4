package org.mizan.extract.number;

import java.util.List;

import org.mizan.extract.MentionKind;

/**
 * Reads the word after a number that makes it a percentage, an amount of money or a
 * multiplier.
 */
final class Suffixes {

	private Suffixes() {
	}

	static Suffix read(NumberLexicon lex, List<Token> t, int k) {
		if (k >= t.size()) {
			return null;
		}
		Phrases.Match<String> m = lex.percentAfter.at(t, k);
		if (m != null) {
			return new Suffix(m.end(), MentionKind.PERCENT, "percent");
		}
		m = lex.currencies.at(t, k);
		if (m != null) {
			int end = m.end();
			if (end < t.size() && lex.currencyQualifiers.contains(t.get(end).text())) {
				end++;
			}
			return new Suffix(end, MentionKind.MONEY, m.value());
		}
		if (t.get(k).is(Token.Type.WORD) && lex.multiplierPlural.contains(t.get(k).text())) {
			return new Suffix(k + 1, MentionKind.MULTIPLIER, null);
		}
		return null;
	}

}
