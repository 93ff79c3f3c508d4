package org.mizan.extract.number;

import java.util.List;

import org.mizan.extract.number.NumberLexicon.Lookup;

/**
 * Reads numbers written in words: units, teens, tens, hundreds and scales joined by و in the Arabic order
 * ({@code خمسة وعشرون}, {@code ألف وخمسمائة}), ordinals ({@code الحادي عشر}) and decimals with فاصلة.
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
	record Spelled(int startChar, int endChar, int end, double value, boolean ordinal, double tail,
			double finalScale) {

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
		State s = new State();
		int startChar = -1;
		int endChar = -1;
		int end = -1;
		for (int k = i; k < t.size();) {
			int tk = k;
			boolean conj = false;
			if (k > i && t.get(k).is(Token.Type.WORD) && t.get(k).text().equals("و") && k + 1 < t.size()) {
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
			if (s.breaksAfterDefiniteScale(lu, conj)
					|| !s.accept(lu, tk == i, conj, teenFollows, stem(tok.text(), lu), this.lex)) {
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

	/** A later word starting with و is read as و + number word before being read whole (وأحد is not واحد). */
	private Lookup conjunctionReading(String word, boolean later) {
		if (later && word.length() > 2 && word.charAt(0) == 'و') {
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
		if (!tok.is(Token.Type.WORD) || !tok.text().startsWith("و")) {
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

	/** The running sum of a spelled number and what may come next. */
	private static final class State {

		double total;

		double current;

		double lastScale = Double.MAX_VALUE;

		WordClass last;

		WordClass first;

		boolean ordinal;

		boolean firstArticle;

		boolean laterArticle;

		boolean closed;

		int tokens;

		/** the last unit joined with و ("مئة وثلاثة"): the numerator when a fraction word follows */
		double tail;

		boolean isOrdinal() {
			if (this.ordinal) {
				return true;
			}
			if (!this.firstArticle) {
				return false;
			}
			return this.laterArticle || this.tokens > 1 || this.first == WordClass.TENS || this.first == WordClass.HUNDRED
					|| this.first == WordClass.SCALE || this.first == WordClass.DUAL_SCALE
					|| this.first == WordClass.TEEN;
		}

		boolean accept(Lookup lu, boolean isFirst, boolean conj, boolean teenFollows, String stem,
				NumberLexicon lex) {
			this.tokens++;
			if (isFirst) {
				return acceptFirst(lu, teenFollows, stem, lex);
			}
			boolean ok = conj ? acceptJoined(lu, teenFollows, stem, lex) : acceptGlued(lu);
			if (ok && lu.article()) {
				this.laterArticle = true;
			}
			return ok;
		}

		/** "الألف والمئة" are two ordinals, not 1100. */
		boolean breaksAfterDefiniteScale(Lookup lu, boolean conj) {
			return conj && lu.article() && this.firstArticle && this.last == WordClass.SCALE;
		}

		void divide(double factor) {
			double whole = this.total + this.current;
			this.total = this.tail > 0 ? whole - this.tail + this.tail * factor : whole * factor;
			this.current = 0;
			this.closed = true;
		}

		private boolean acceptFirst(Lookup lu, boolean teenFollows, String stem, NumberLexicon lex) {
			this.firstArticle = lu.article();
			WordEntry e;
			if ((e = lu.of(WordClass.TEEN_HEAD)) != null && teenFollows) {
				this.ordinal = lu.of(WordClass.ORDINAL) != null;
				return unit(e.value(), WordClass.UNIT);
			}
			if ((e = lu.of(WordClass.ORDINAL)) != null) {
				if (!lu.article() && lex.ordinalsNeedArticle.contains(stem)) {
					return false;
				}
				this.ordinal = true;
				return unit(e.value(), e.value() >= 10 ? WordClass.TEEN : WordClass.UNIT);
			}
			for (WordClass c : new WordClass[] { WordClass.UNIT, WordClass.TEN, WordClass.TEEN, WordClass.TENS,
					WordClass.HUNDRED, WordClass.FRACTION }) {
				if ((e = lu.of(c)) != null) {
					return unit(e.value(), c);
				}
			}
			if ((e = lu.of(WordClass.DUAL_SCALE)) != null) {
				this.first = WordClass.DUAL_SCALE;
				return scale(1, e.value(), e.value() / 2);
			}
			if ((e = lu.of(WordClass.SCALE)) != null) {
				this.first = WordClass.SCALE;
				return scale(1, e.value(), e.value());
			}
			return false;
		}

		private boolean unit(double value, WordClass c) {
			this.first = c;
			this.current = value;
			this.last = c;
			return true;
		}

		private boolean scale(double multiplicand, double value, double scaleOrder) {
			this.total += multiplicand * value;
			this.current = 0;
			this.lastScale = scaleOrder;
			this.last = WordClass.SCALE;
			return true;
		}

		private boolean acceptGlued(Lookup lu) {
			WordEntry e;
			if (lu.conjunction() || lu.article()) {
				return false;
			}
			if ((e = lu.of(WordClass.TEN)) != null && this.last == WordClass.UNIT && this.current % 100 < 10) {
				this.current += 10;
				this.last = WordClass.TEEN;
				return true;
			}
			if ((e = lu.of(WordClass.HUNDRED)) != null && e.value() == 100 && this.last != WordClass.HUNDRED
					&& this.last != WordClass.SCALE && this.current > 0 && this.current < 100) {
				this.current *= 100;
				this.last = WordClass.HUNDRED;
				return true;
			}
			if (this.last == WordClass.HUNDRED && this.current % 100 == 0) {
				for (WordClass c : new WordClass[] { WordClass.UNIT, WordClass.TEEN, WordClass.TENS }) {
					if ((e = lu.of(c)) != null) {
						return add(e.value(), c, lu);
					}
				}
			}
			if (this.last == WordClass.SCALE && this.current == 0 && (e = lu.of(WordClass.SCALE)) != null
					&& e.value() > this.lastScale) {
				this.total *= e.value();
				this.lastScale = e.value();
				return true;
			}
			if (this.last != WordClass.SCALE && this.current > 0) {
				e = lu.of(WordClass.SCALE);
				if (e == null) {
					e = lu.of(WordClass.PLURAL_SCALE);
				}
				if (e != null && e.value() < this.lastScale) {
					return scale(this.current, e.value(), e.value());
				}
			}
			return false;
		}

		private boolean acceptJoined(Lookup lu, boolean teenFollows, String stem, NumberLexicon lex) {
			WordEntry e;
			boolean afterRound = this.last == WordClass.HUNDRED || this.last == WordClass.SCALE;
			Double part = lex.fractionsBeforeDefinite.get(stem);
			if ((e = lu.of(WordClass.FRACTION)) == null && part != null && this.last == WordClass.UNIT) {
				e = new WordEntry(WordClass.FRACTION, part);
			}
			if (e != null && e.value() < 1) {
				if (this.last == WordClass.SCALE) {
					this.total += this.lastScale * e.value();
				}
				else {
					this.current += e.value();
				}
				this.closed = true;
				return true;
			}
			this.tail = 0;
			if ((e = lu.of(WordClass.TEEN_HEAD)) != null && teenFollows && afterRound) {
				return add(e.value(), WordClass.UNIT, lu);
			}
			if ((e = lu.of(WordClass.ORDINAL)) != null && afterRound) {
				this.ordinal = true;
				return add(e.value(), e.value() >= 10 ? WordClass.TEEN : WordClass.UNIT, lu);
			}
			if ((e = lu.of(WordClass.UNIT)) != null
					&& (afterRound || this.last == WordClass.TENS && this.current % 10 == 0)) {
				this.tail = e.value();
				return add(e.value(), WordClass.UNIT, lu);
			}
			if ((e = lu.of(WordClass.TEN)) != null && afterRound) {
				return add(10, WordClass.TEN, lu);
			}
			if ((e = lu.of(WordClass.TEEN)) != null && afterRound) {
				return add(e.value(), WordClass.TEEN, lu);
			}
			if ((e = lu.of(WordClass.TENS)) != null
					&& (afterRound || this.last == WordClass.UNIT && this.current % 100 < 10)) {
				return add(e.value(), WordClass.TENS, lu);
			}
			if ((e = lu.of(WordClass.HUNDRED)) != null && this.last == WordClass.SCALE
					&& e.value() < this.lastScale) {
				return add(e.value(), WordClass.HUNDRED, lu);
			}
			if (this.last == WordClass.SCALE && this.current == 0) {
				if ((e = lu.of(WordClass.SCALE)) != null && e.value() < this.lastScale) {
					return scale(1, e.value(), e.value());
				}
				if ((e = lu.of(WordClass.DUAL_SCALE)) != null && e.value() / 2 < this.lastScale) {
					return scale(1, e.value(), e.value() / 2);
				}
			}
			return false;
		}

		private boolean add(double value, WordClass c, Lookup lu) {
			this.current += value;
			this.last = c;
			return true;
		}

	}

}
