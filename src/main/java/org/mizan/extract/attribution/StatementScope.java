package org.mizan.extract.attribution;

import java.util.Set;

/**
 * The tokens a cue governs: the clause after a verb, a quotation after a colon, the
 * sentence around a frame.
 */
final class StatementScope {

	private final TokenText tt;

	private final CueLexicon lex;

	private final Set<String> complementizers;

	StatementScope(TokenText tt, CueLexicon lex) {
		this.tt = tt;
		this.lex = lex;
		this.complementizers = lex.complementizers;
	}

	/**
	 * A frame that leads its sentence governs the rest of it after its source; otherwise
	 * what stands before it.
	 */
	int[] aroundFrame(int cue, int sourceEnd) {
		int s = tt.sentenceStart(cue);
		int e = tt.sentenceEnd(cue);
		boolean leading = true;
		for (int j = s; j < cue; j++) {
			leading &= !tt.at(j).word() || lex.conjunction(tt.at(j));
		}
		int from = leading ? skipJoin(sourceEnd, e) : s;
		int to = leading ? e : trimBack(cue, s);
		return new int[] { from, to };
	}

	/**
	 * The statement after a verb's source, from token j: {from, to, 1 when a quotation}.
	 * An empty statement ended by a colon runs to the end of the paragraph.
	 */
	int[] afterVerb(int j, int end) {
		int[] statement = after(j, end);
		if (statement[0] >= statement[1] && statement[1] < tt.size() && tt.at(statement[1] - 1).isChar(':')) {
			statement = new int[] { statement[1], tt.paragraphEnd(statement[1]), 0 };
		}
		return statement;
	}

	/**
	 * The statement after a cue: the clause after إن/أن, or a quotation after a colon (to
	 * its close or paragraph end).
	 */
	private int[] after(int j, int end) {
		int start = j;
		for (int hop = 0; j < end && hop < 25; hop++, j++) {
			Token t = tt.at(j);
			if (t.quote() && tt.quoteMate[j] > j && tt.quoteMate[j] - j <= 5 && j > 0 && tt.at(j - 1).word()) {
				j = tt.quoteMate[j];
				continue;
			}
			if (t.isChar(':') || t.quote() && Norm.isOpeningQuote(t.text().charAt(0)) || t.text().equals("\"")) {
				int q = t.isChar(':') ? j + 1 : j;
				if (q < tt.size() && tt.at(q).quote() && tt.paragraph[q] == tt.paragraph[j]) {
					int close = tt.quoteMate[q] > q ? tt.quoteMate[q] : tt.paragraphEnd(q);
					return new int[] { q + 1, close, 1 };
				}
				if (t.isChar(':')) {
					return new int[] { j + 1, end, 0 };
				}
			}
			boolean temporal = j > 0 && (lex.timeClauseHeads.contains(tt.at(j - 1).bare())
					|| lex.timeClauseHeadsAsWritten.contains(tt.at(j - 1).norm()));
			if (t.word() && !temporal && (complement(t) || lex.complementizersWithPronoun.contains(t.norm()))) {
				return new int[] { j + 1, end, 0 };
			}
		}
		return new int[] { skipJoin(start, end), end, 0 };
	}

	/** «أن» behind a clitic (وأن) is read by its bare form, «بأن» as written. */
	private boolean complement(Token t) {
		return complementizers.contains(t.bare()) || complementizers.contains(t.norm());
	}

	private int skipJoin(int j, int end) {
		while (j < end && (!tt.at(j).word() || lex.statementJoiners.contains(tt.at(j).norm())
				|| complementizers.contains(tt.at(j).norm()))) {
			j++;
		}
		return j;
	}

	private int trimBack(int j, int floor) {
		while (j > floor && !tt.at(j - 1).word()) {
			j--;
		}
		return j;
	}

}
