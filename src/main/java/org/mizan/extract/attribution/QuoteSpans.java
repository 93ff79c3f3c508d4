package org.mizan.extract.attribution;

import java.util.List;

/**
 * Pairs quotation marks within a paragraph. A closing mark pairs with the nearest open
 * one before it (an earlier unmatched opening is left alone, as in
 * {@code “كم عددهم؟ “حوالي ثلاثمائة”}); straight quotes toggle.
 */
final class QuoteSpans {

	private QuoteSpans() {
	}

	/** For each quote token the index of its mate, else -1. */
	static int[] pair(List<Token> tokens, int[] paragraph) {
		int[] mate = TokenText.filled(tokens.size());
		int open = -1;
		int straight = -1;
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			if (i > 0 && paragraph[i] != paragraph[i - 1]) {
				open = -1;
				straight = -1;
			}
			if (!t.quote()) {
				continue;
			}
			char c = t.text().charAt(0);
			if (Norm.isOpeningQuote(c)) {
				open = i;
			}
			else if (Norm.isClosingQuote(c)) {
				if (open >= 0) {
					mate[open] = i;
					mate[i] = open;
					open = -1;
				}
			}
			else if (c == '"') {
				if (straight < 0) {
					straight = i;
				}
				else {
					mate[straight] = i;
					mate[i] = straight;
					straight = -1;
				}
			}
		}
		return mate;
	}

}
