package org.mizan.extract.number;

import java.util.List;

/**
 * Ranges: {@code بين 800 و1500}, {@code ما بين عشرة وعشرين}, {@code من 20 إلى 30},
 * {@code 20-30}.
 */
final class Ranges {

	private Ranges() {
	}

	static Range read(NumberCores r, List<Token> t, int j) {
		Token tok = t.get(j);
		if (!tok.is(Token.Type.WORD)) {
			return tok.is(Token.Type.NUM) ? joined(r, t, j) : null;
		}
		boolean between;
		int k;
		Phrases.Match<String> open = r.lexicon().rangeBetween.at(t, j);
		if (open != null) {
			between = true;
			k = open.end();
		}
		else if ((open = r.lexicon().rangeFrom.at(t, j)) != null) {
			between = false;
			k = open.end();
		}
		else {
			return joined(r, t, j);
		}
		Core low = plain(r.core(t, k));
		if (low == null || low.end() >= t.size()) {
			return null;
		}
		int m = low.end();
		// «بين 9,5% و10,5%»: each end may carry the percent sign («من 21% إلى 22%» after
		// a
		// verb of change is a value before and after, not a range)
		Phrases.Match<String> lowPercent = between ? r.lexicon().percentAfter.at(t, m) : null;
		if (lowPercent != null && lowPercent.end() < t.size()) {
			m = lowPercent.end();
		}
		Token join = t.get(m);
		int next;
		if (!join.is(Token.Type.WORD)) {
			return null;
		}
		if (between) {
			Grammar g = r.lexicon().grammar;
			next = g.isConjunction(join.text()) ? m + 1 : g.startsWithConjunction(join.text()) ? m : -1;
		}
		else {
			next = r.lexicon().joinAfterFrom.contains(join.text()) ? m + 1 : -1;
		}
		Core high = next < 0 ? null : plain(r.core(t, next));
		if (high == null || lowPercent != null && r.lexicon().percentAfter.at(t, high.end()) == null) {
			return null;
		}
		return shared(r, t, low, high);
	}

	/** "من 10 إلى 15 ألف": the scale written once belongs to both ends. */
	private static Range shared(NumberCores r, List<Token> t, Core low, Core high) {
		double lowValue = low.value();
		double scale = r.scaleAt(t, high.end() - 1);
		if (scale >= 1000 && r.scaleAt(t, low.end() - 1) == 0 && lowValue * scale <= high.value() && lowValue < 1000) {
			lowValue *= scale;
		}
		// a range rises: «بنزين 92 إلى 19 جنيهاً» is a grade and a price, «تراجع من 20
		// إلى 10» a change
		if (lowValue >= high.value()) {
			return null;
		}
		return new Range(lowValue, high.value(), high.end(), low, high);
	}

	/** "20-30", "20 ~ 100", "20 إلى 100". */
	static Range joined(NumberCores r, List<Token> t, int j) {
		Core low = plain(r.core(t, j));
		if (low == null || low.end() + 1 >= t.size() || !r.lexicon().rangeJoin.contains(t.get(low.end()).text())) {
			return null;
		}
		Token join = t.get(low.end());
		if (join.is(Token.Type.SYM) && !t.get(low.end() + 1).is(Token.Type.NUM)) {
			return null;
		}
		Core high = plain(r.core(t, low.end() + 1));
		return high == null ? null : shared(r, t, low, high);
	}

	private static Core plain(Core c) {
		return c == null || c.skip() || c.ordinal() ? null : c;
	}

}
