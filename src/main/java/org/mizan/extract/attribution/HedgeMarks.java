package org.mizan.extract.attribution;

import java.util.HashMap;
import java.util.Map;

import org.mizan.extract.Hedge;

/** The hedges of an article: one per sentence (sentence cues) and per clause (clause cues between commas). */
final class HedgeMarks {

	private static final int MAX_GAP = 3;

	private final Map<Integer, Hedge> bySentenceStart = new HashMap<>();

	private final Map<Integer, Hedge> byClauseStart = new HashMap<>();

	private final TokenText tt;

	HedgeMarks(TokenText tt, CueLexicon lex) {
		this.tt = tt;
		for (int i = 0; i < tt.size(); i++) {
			for (int c : lex.hedgeIndex.candidates(tt.at(i))) {
				CueLexicon.HedgeCue cue = lex.hedges.get(c);
				if (matches(i, cue.words())) {
					if (cue.sentence()) {
						bySentenceStart.putIfAbsent(tt.sentenceStart(i), cue.hedge());
					}
					else {
						byClauseStart.putIfAbsent(clauseStart(i), cue.hedge());
					}
					break;
				}
			}
		}
	}

	/** The hedge that governs token i: its clause's, else its sentence's, else null. */
	Hedge at(int i) {
		if (i >= tt.size()) {
			return null;
		}
		Hedge clause = byClauseStart.get(clauseStart(i));
		return clause != null ? clause : bySentenceStart.get(tt.sentenceStart(i));
	}

	private int clauseStart(int i) {
		int floor = tt.sentenceStart(i);
		int j = i;
		while (j > floor && !(tt.at(j - 1).isChar('،') || tt.at(j - 1).isChar(',') || tt.at(j - 1).isChar('؛'))) {
			j--;
		}
		return j;
	}

	private boolean matches(int i, String[] words) {
		Token first = tt.at(i);
		if (!first.word() || !(first.is(words[0]) || first.bare().equals(words[0]))) {
			return false;
		}
		int j = i + 1;
		for (int k = 1; k < words.length; k++) {
			int gap = 0;
			while (j < tt.size() && tt.sameSentence(i, j) && !tt.at(j).is(words[k]) && gap < MAX_GAP) {
				j++;
				gap++;
			}
			if (j >= tt.size() || !tt.sameSentence(i, j) || !tt.at(j).is(words[k])) {
				return false;
			}
			j++;
		}
		return true;
	}

}
