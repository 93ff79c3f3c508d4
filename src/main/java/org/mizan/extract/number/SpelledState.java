package org.mizan.extract.number;

import org.mizan.extract.number.NumberLexicon.Lookup;

/**
 * The running sum of a spelled number while its words are read, and which word may come
 * next: Arabic puts units before tens ({@code خمسة وعشرون}), multiplies by hundreds and
 * scales, and joins lower orders with و.
 */
final class SpelledState {

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

	/**
	 * the last unit joined with و ("مئة وثلاثة"): the numerator when a fraction word
	 * follows
	 */
	double tail;

	boolean isOrdinal() {
		if (this.ordinal) {
			return true;
		}
		if (!this.firstArticle) {
			return false;
		}
		return this.laterArticle || this.tokens > 1 || this.first == WordClass.TENS || this.first == WordClass.HUNDRED
				|| this.first == WordClass.SCALE || this.first == WordClass.DUAL_SCALE || this.first == WordClass.TEEN;
	}

	boolean accept(Lookup lu, boolean isFirst, boolean conj, boolean teenFollows, boolean joinedFollows, String stem,
			NumberLexicon lex) {
		this.tokens++;
		if (isFirst) {
			return acceptFirst(lu, teenFollows, joinedFollows, stem, lex);
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

	/**
	 * @param joinedFollows a number joined by «و» comes next: «ألفا» before it is the
	 * accusative one thousand (ألفاً ومئتي = 1200), since the dual «ألفا» only stands
	 * before the noun it counts (ألفا متظاهر)
	 */
	private boolean acceptFirst(Lookup lu, boolean teenFollows, boolean joinedFollows, String stem, NumberLexicon lex) {
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
		if ((e = lu.of(WordClass.DUAL_SCALE)) != null && !(joinedFollows && lu.of(WordClass.SCALE) != null)) {
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
		if ((e = lu.of(WordClass.HUNDRED)) != null && this.last == WordClass.SCALE && e.value() < this.lastScale) {
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
