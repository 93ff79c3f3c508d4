package org.mizan.extract.number;

import java.util.List;

import org.mizan.extract.number.NumberLexicon.Lookup;

/**
 * Reads numbers written in words: units, teens, tens, hundreds and scales joined by و in
 * the Arabic order ({@code خمسة وعشرون}, {@code ألف وخمسمائة}), ordinals
 * ({@code الحادي عشر}) and decimals with فاصلة.
 */
final class SpelledNumbers {

	private final NumberLexicon lex;

	SpelledNumbers(NumberLexicon lex) {
		this.lex = lex;
	}

	/**
	 * @param startChar normalized offset where the number starts (after a و، ب، ل prefix)
	 * @param end token after the number
	 */
	record Spelled(int startChar, int endChar, int end, double value, boolean ordinal, double tail, double finalScale) {

		Spelled(int startChar, int endChar, int end, double value, boolean ordinal) {
			this(startChar, endChar, end, value, ordinal, 0, 0);
		}

	}

	Spelled parse(List<Token> t, int i) {
		Spelled left = parseInteger(t, i);
		if (left == null || left.ordinal || left.end + 1 >= t.size()
				|| !this.lex.decimalPoint.contains(t.get(left.end).text())) {
			return left;
		}
		Spelled right = parseInteger(t, left.end + 1);
		if (right == null || right.ordinal || right.value != Math.rint(right.value)) {
			return left;
		}
		double fraction = right.value;
		while (fraction >= 1) {
			fraction /= 10;
		}
		if (right.finalScale > 1 && right.value % right.finalScale == 0) {
			fraction = right.value / right.finalScale;
			while (fraction >= 1) {
				fraction /= 10;
			}
			return new Spelled(left.startChar, right.endChar, right.end, (left.value + fraction) * right.finalScale,
					false);
		}
		double value = left.value + fraction;
		if (right.end < t.size() && t.get(right.end).is(Token.Type.WORD)) {
			Lookup lu = this.lex.lookup(t.get(right.end).text());
			WordEntry scale = lu == null || lu.prefix() > 0 ? null : lu.of(WordClass.SCALE);
			if (scale != null) {
				return new Spelled(left.startChar, t.get(right.end).end(), right.end + 1, value * scale.value(), false);
			}
		}
		return new Spelled(left.startChar, right.endChar, right.end, value, false);
	}

	private Spelled parseInteger(List<Token> t, int i) {
		if (i >= t.size() || !t.get(i).is(Token.Type.WORD) || conjunctionReading(t.get(i).text(), false) == null) {
			// what the first round of the loop finds, without a state for every token
			return null;
		}
		SpelledState s = new SpelledState();
		int startChar = -1;
		int endChar = -1;
		int end = -1;
		for (int k = i; k < t.size();) {
			int tk = k;
			boolean conj = false;
			if (k > i && t.get(k).is(Token.Type.WORD) && this.lex.grammar.isConjunction(t.get(k).text())
					&& k + 1 < t.size()) {
				conj = true;
				tk = k + 1;
			}
			Token tok = t.get(tk);
			if (!tok.is(Token.Type.WORD)) {
				break;
			}
			Lookup lu = conjunctionReading(tok.text(), tk > i && !conj);
			if (lu == null) {
				if (!conj && tk > i && fractionDenominator(tok.text()) != null) {
					s.divide(fractionDenominator(tok.text()));
					endChar = tok.end();
					end = tk + 1;
				}
				break;
			}
			conj |= tk > i && lu.conjunction();
			boolean teenFollows = tk + 1 < t.size() && (isTen(t.get(tk + 1)) || isJoinedTens(t.get(tk + 1)));
			boolean joinedFollows = tk + 1 < t.size() && isJoinedNumber(t.get(tk + 1));
			if (s.breaksAfterDefiniteScale(lu, conj)
					|| !s.accept(lu, tk == i, conj, teenFollows, joinedFollows, stem(tok.text(), lu), this.lex)) {
				WordEntry unit = lu.of(WordClass.UNIT);
				if (conj && unit != null && tk + 1 < t.size()
						&& this.lex.fractionPlurals.containsKey(t.get(tk + 1).text())) {
					s.total += unit.value() / this.lex.fractionPlurals.get(t.get(tk + 1).text());
					endChar = t.get(tk + 1).end();
					end = tk + 2;
				}
				else if (!s.closed && tk > i && !conj) {
					Double over = fractionDenominator(tok.text());
					if (over != null) {
						s.divide(over);
						endChar = tok.end();
						end = tk + 1;
					}
				}
				break;
			}
			if (tk == i) {
				startChar = tok.start() + (lu.article() ? Math.max(0, lu.prefix() - 2) : lu.prefix());
			}
			endChar = tok.end();
			end = tk + 1;
			k = tk + 1;
			if (s.closed) {
				break;
			}
		}
		if (end < 0) {
			return null;
		}
		double value = s.total + s.current;
		if (end + 1 < t.size() && this.lex.afterRound.contains(t.get(end).text())) {
			Lookup round = this.lex.lookup(t.get(end + 1).text());
			WordEntry r = round == null || !round.article() ? null
					: round.of(WordClass.HUNDRED) != null ? round.of(WordClass.HUNDRED) : round.of(WordClass.SCALE);
			if (r != null && r.value() > value) {
				return new Spelled(startChar, t.get(end + 1).end(), end + 2, value + r.value(), s.isOrdinal());
			}
		}
		return new Spelled(startChar, endChar, end, value, s.isOrdinal(), s.closed ? 0 : s.tail,
				s.last == WordClass.SCALE && s.current == 0 && s.tokens > 1 ? s.lastScale : 0);
	}

	/**
	 * A later word starting with و is read as و + number word before being read whole
	 * (وأحد is not واحد).
	 */
	/** A number word joined by «و» (ومئتي, وثمانين). */
	private boolean isJoinedNumber(Token tok) {
		if (!tok.is(Token.Type.WORD)) {
			return false;
		}
		Lookup lu = conjunctionReading(tok.text(), true);
		return lu != null && lu.conjunction() && !lu.entries().isEmpty();
	}

	private Lookup conjunctionReading(String word, boolean later) {
		if (later && word.length() > 2 && this.lex.grammar.startsWithConjunction(word)) {
			Lookup rest = this.lex.lookup(word.substring(1));
			if (rest != null && rest.prefix() == 0) {
				return new Lookup(rest.entries(), 1, false, true);
			}
		}
		return this.lex.lookup(word);
	}

	/** The factor of a fraction word after a number: أخماس → 1/5, خمس → 1/5. */
	private Double fractionDenominator(String word) {
		Double plural = this.lex.fractionPlurals.get(word);
		if (plural != null) {
			return 1 / plural;
		}
		return this.lex.fractionsBeforeDefinite.get(word);
	}

	private boolean isJoinedTens(Token tok) {
		if (!tok.is(Token.Type.WORD) || !this.lex.grammar.startsWithConjunction(tok.text())) {
			return false;
		}
		Lookup lu = this.lex.lookup(tok.text().substring(1));
		return lu != null && lu.of(WordClass.TENS) != null;
	}

	private boolean isTen(Token tok) {
		if (!tok.is(Token.Type.WORD)) {
			return false;
		}
		List<WordEntry> e = this.lex.exact(tok.text());
		return e != null && e.stream().anyMatch(w -> w.type() == WordClass.TEN);
	}

	private static String stem(String word, Lookup lu) {
		return word.substring(lu.prefix());
	}

}
