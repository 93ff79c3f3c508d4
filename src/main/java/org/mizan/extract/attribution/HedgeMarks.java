package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.extract.Hedge;

/**
 * The hedges of an article: per clause (clause cues between commas) and per stretch of a
 * sentence. A sentence cue governs from the last statement cue or contrast before it
 * («غير أن X نقلت ... وهو ما نفته الدائرة») to the sentence end, a denial or a claim only
 * up to the next statement cue («كذّب X ادعاءات الحركة، مؤكداً أن ...»: the figures X
 * then states are not hedged).
 */
final class HedgeMarks {

	private static final int MAX_GAP = 3;

	private record Stretch(int from, int to, Hedge hedge) {
	}

	private final List<Stretch> stretches = new ArrayList<>();

	private final Map<Integer, Hedge> byClauseStart = new HashMap<>();

	private final TokenText tt;

	private final CueLexicon lex;

	HedgeMarks(TokenText tt, CueLexicon lex) {
		this.tt = tt;
		this.lex = lex;
		for (int i = 0; i < tt.size(); i++) {
			if (isQuestionStart(i)) {
				stretches.add(new Stretch(tt.sentenceStart(i), tt.sentenceEnd(i), Hedge.UNVERIFIED));
			}
			for (int c : lex.hedgeIndex.candidates(tt.at(i))) {
				CueLexicon.HedgeCue cue = lex.hedges.get(c);
				if (matches(i, cue.words())) {
					if (cue.sentence()) {
						boolean contested = cue.hedge() == Hedge.DENIED || cue.hedge() == Hedge.CLAIMED;
						stretches.add(new Stretch(lastStatementCue(i),
								contested ? nextStatementCue(i) : tt.sentenceEnd(i), cue.hedge()));
					}
					else {
						byClauseStart.putIfAbsent(clauseStart(i), cue.hedge());
					}
					break;
				}
			}
		}
	}

	/**
	 * The hedge that governs token i: its clause's, else the first sentence stretch
	 * holding it, else null.
	 */
	Hedge at(int i) {
		if (i >= tt.size()) {
			return null;
		}
		Hedge clause = byClauseStart.get(clauseStart(i));
		if (clause != null) {
			return clause;
		}
		for (Stretch s : stretches) {
			if (s.from() <= i && i < s.to()) {
				return s.hedge();
			}
		}
		return null;
	}

	/**
	 * The last reporting verb or contrast («غير أن», «لكن») before a sentence hedge at i,
	 * else the sentence start.
	 */
	private int lastStatementCue(int i) {
		int floor = tt.sentenceStart(i);
		for (int j = i - 1; j > floor; j--) {
			Token t = tt.at(j);
			if (t.word() && (lex.verbs.contains(t.bare()) || lex.contrasts.match(tt.tokens, j) >= 0)) {
				return j;
			}
		}
		return floor;
	}

	/**
	 * The first reporting verb or statement participle after a hedge cue at i (not a
	 * denial), else the sentence end.
	 */
	private int nextStatementCue(int i) {
		int end = tt.sentenceEnd(i);
		for (int j = i + 1; j < end; j++) {
			Token t = tt.at(j);
			if (t.word()
					&& (lex.verbs.contains(t.bare()) || lex.denialEnds.contains(t.norm())
							|| lex.denialEnds.contains(t.bare()))
					&& java.util.Arrays.stream(lex.hedgeIndex.candidates(t))
						.noneMatch(c -> lex.hedges.get(c).hedge() == Hedge.DENIED)) {
				return j;
			}
		}
		return end;
	}

	/**
	 * A sentence (or a headline after its colon) that opens with a question word and ends
	 * with a question mark.
	 */
	private boolean isQuestionStart(int i) {
		boolean opens = i == tt.sentenceStart(i) || i > 0 && tt.at(i - 1).isChar(':') && tt.sameSentence(i - 1, i);
		if (!opens || !tt.at(i).word() || !lex.questionWords.contains(tt.at(i).norm())) {
			return false;
		}
		int last = tt.sentenceEnd(i) - 1;
		while (last > i && tt.at(last).word()) {
			last--;
		}
		return last > i && tt.at(last).isChar('\u061F');
	}

	private int clauseStart(int i) {
		int floor = tt.sentenceStart(i);
		int j = i;
		while (j > floor && !tt.at(j - 1).isCharIn(lex.clauseMarks)) {
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
				// marks between the words («لم يتسن لـ«الصحيفة» التحقق») are no gap
				gap += tt.at(j).word() ? 1 : 0;
				j++;
			}
			if (j >= tt.size() || !tt.sameSentence(i, j) || !tt.at(j).is(words[k])) {
				return false;
			}
			j++;
		}
		return true;
	}

}
