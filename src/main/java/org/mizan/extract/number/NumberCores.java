package org.mizan.extract.number;

import java.util.List;
import java.util.Set;

import org.mizan.extract.number.SpelledNumbers.Spelled;

/**
 * Reads the number itself at a token: digits with their decimal point, fraction bar and
 * scale words, or a number in words, a fraction of a definite noun ({@code خمس الفطيرة}),
 * {@code X على Y}; and tells digits that belong to a name ({@code EGX30}) from a number.
 * Immutable.
 */
final class NumberCores {

	private final NumberLexicon lex;

	private final SpelledNumbers spelled;

	NumberCores(NumberLexicon lex) {
		this.lex = lex;
		this.spelled = new SpelledNumbers(lex);
	}

	NumberLexicon lexicon() {
		return this.lex;
	}

	/**
	 * The number itself at token j, in digits or words, with a scale word after digits.
	 */
	Core core(List<Token> t, int j) {
		if (j >= t.size()) {
			return null;
		}
		Token tok = t.get(j);
		String currencyBefore = null;
		int k = j;
		if (tok.is(Token.Type.SYM) && !tok.isSym('%')) {
			Phrases.Match<String> cur = this.lex.currencies.at(t, j);
			if (cur != null && cur.end() < t.size() && t.get(cur.end()).is(Token.Type.NUM)) {
				currencyBefore = cur.value();
				k = cur.end();
				tok = t.get(k);
			}
		}
		boolean negative = false;
		if (tok.is(Token.Type.WORD) && this.lex.negative.contains(tok.text()) && k + 1 < t.size()) {
			negative = true;
			k++;
			tok = t.get(k);
		}
		Core c;
		if (tok.is(Token.Type.NUM)) {
			if (isNamePart(t, k)) {
				return new Core(0, k + 1, 0, false, true, false, null);
			}
			c = digits(t, k, currencyBefore);
		}
		else if (tok.is(Token.Type.WORD)) {
			c = fractionOfDefinite(t, k);
			if (c == null) {
				c = partOf(t, k);
			}
			if (c == null) {
				Spelled s = this.spelled.parse(t, k);
				if (s == null) {
					return null;
				}
				c = new Core(s.startChar(), s.end(), s.value(), s.ordinal(), false, false, null, s.tail());
			}
		}
		else {
			return null;
		}
		c = over(t, c);
		if (negative) {
			c = new Core(t.get(j).start(), c.end(), -c.value(), c.ordinal(), false, false, c.currency());
		}
		else if (currencyBefore != null) {
			c = new Core(t.get(j).start(), c.end(), c.value(), false, false, false, currencyBefore);
		}
		if (k > j || j > 0) {
			return withPercentBefore(t, j, c);
		}
		return c;
	}

	/**
	 * Digits with what continues them: a decimal فاصلة, a fraction bar, a scale word, and
	 * after a scale more digits of lower order ({@code 3 ملايين و500 ألف},
	 * {@code ٤ آلاف ٣ مائة و ٢١}).
	 */
	private Core digits(List<Token> t, int k, String currencyBefore) {
		double total = 0;
		double order = Double.MAX_VALUE;
		int end = k;
		while (true) {
			double v = t.get(end).value();
			end++;
			if (end + 1 < t.size() && this.lex.decimalPoint.contains(t.get(end).text())
					&& t.get(end + 1).plainDigits() > 0) {
				v += Double.parseDouble("0." + t.get(end + 1).text());
				end += 2;
			}
			else if (end + 1 < t.size() && t.get(end).isSym('/') && t.get(end).glued() && t.get(end + 1).glued()
					&& t.get(end + 1).is(Token.Type.NUM) && t.get(end + 1).value() != 0
					&& !(end + 2 < t.size() && t.get(end + 2).isSym('/') && t.get(end + 2).glued())) {
				v /= t.get(end + 1).value();
				end += 2;
			}
			if (end < t.size() && t.get(end).is(Token.Type.WORD)
					&& this.lex.grammar.startsWithConjunction(t.get(end).text())) {
				NumberLexicon.Lookup half = this.lex.lookup(t.get(end).text().substring(1));
				WordEntry f = half == null || half.prefix() > 0 ? null : half.of(WordClass.FRACTION);
				if (f != null && f.value() < 1) {
					v += f.value();
					end++;
				}
			}
			double scale = scaleAt(t, end);
			if (scale == 0 || scale >= order) {
				total += v;
				break;
			}
			total += v * scale;
			order = scale;
			end++;
			int next = end < t.size() && this.lex.grammar.isConjunction(t.get(end).text()) ? end + 1 : end;
			if (next >= t.size() || !t.get(next).is(Token.Type.NUM) || t.get(next).value() >= order
					|| t.get(next).value() <= 0 || next == end && t.get(next).glued()
					|| scaleAt(t, next + 1) >= order) {
				break;
			}
			end = next;
		}
		return new Core(t.get(k).start(), end, total, false, false, false, currencyBefore);
	}

	/** The scale word (ألف، مليون، مائة) at token k, or 0. */
	double scaleAt(List<Token> t, int k) {
		if (k >= t.size() || !t.get(k).is(Token.Type.WORD)) {
			return 0;
		}
		List<WordEntry> entries = this.lex.exact(t.get(k).text());
		if (entries == null) {
			return 0;
		}
		for (WordEntry e : entries) {
			if (e.type() == WordClass.SCALE || e.type() == WordClass.PLURAL_SCALE
					|| e.type() == WordClass.HUNDRED && e.value() == 100) {
				return e.value();
			}
		}
		return 0;
	}

	/** "واحد على ثلاثة", "ثلاثة جزء من مئة": a fraction. */
	private Core over(List<Token> t, Core c) {
		if (c.ordinal() || c.end() >= t.size()) {
			return c;
		}
		Phrases.Match<String> m = this.lex.fractionOver.at(t, c.end());
		if (m == null || !t.get(c.end()).text().equals(m.value().split(" ")[0])) {
			Token last = t.get(c.end() - 1);
			List<String> oneOf = this.lex.grammar.oneOf;
			boolean isOneOf = last.text().equals(oneOf.get(0)) && last.start() <= c.startChar()
					&& t.get(c.end()).text().equals(oneOf.get(1));
			if (!isOneOf) {
				return c;
			}
			m = new Phrases.Match<>(c.end(), c.end() + 1, oneOf.get(1));
		}
		Core d = m.end() < t.size() && !this.lex.fractionOver.contains(t.get(m.end()).text()) ? core(t, m.end()) : null;
		if (d == null || d.skip() || d.ordinal() || d.value() == 0) {
			return c;
		}
		double value = m.value().equals(this.lex.grammar.overWhole) || c.tail() == 0 ? c.value() / d.value()
				: c.value() - c.tail() + c.tail() / d.value();
		return new Core(c.startChar(), d.end(), value, false, false, false, c.currency());
	}

	/** "جزء من مئة": one part of. */
	private Core partOf(List<Token> t, int k) {
		List<String> partOf = this.lex.grammar.partOf;
		if (k + 2 >= t.size() || !t.get(k).text().equals(partOf.get(0)) || !t.get(k + 1).text().equals(partOf.get(1))) {
			return null;
		}
		Core d = core(t, k + 2);
		if (d == null || d.skip() || d.ordinal() || d.value() == 0) {
			return null;
		}
		return new Core(t.get(k).start(), d.end(), 1 / d.value(), false, false, false, null);
	}

	private Core withPercentBefore(List<Token> t, int j, Core c) {
		if (j > 0 && t.get(j - 1).is(Token.Type.WORD) && this.lex.percentBefore.contains(t.get(j - 1).text())) {
			return new Core(c.startChar(), c.end(), c.value(), c.ordinal(), false, true, c.currency());
		}
		return c;
	}

	private Core fractionOfDefinite(List<Token> t, int k) {
		Double f = this.lex.fractionsBeforeDefinite.get(t.get(k).text());
		if (f == null || k + 1 >= t.size()) {
			return null;
		}
		Token next = t.get(k + 1);
		if (!next.is(Token.Type.WORD) || !next.text().startsWith(this.lex.grammar.article)
				|| this.lex.lookup(next.text()) != null) {
			return null;
		}
		return new Core(t.get(k).start(), k + 1, f, false, false, false, null);
	}

	/** Digits glued to a name: EGX30, G20, كوفيد-19. */
	boolean isNamePart(List<Token> t, int k) {
		Token tok = t.get(k);
		if (k + 1 < t.size() && t.get(k + 1).glued() && t.get(k + 1).is(Token.Type.LATIN)
				&& this.lex.currencies.at(t, k + 1) == null) {
			return true;
		}
		if (!tok.glued() || k == 0) {
			return false;
		}
		Token prev = t.get(k - 1);
		if (prev.is(Token.Type.LATIN)) {
			return true;
		}
		if (prev.is(Token.Type.WORD)) {
			return !this.lex.grammar.digitPrefixes.contains(prev.text());
		}
		if (prev.isSym('-') && k >= 2 && prev.glued()) {
			Token word = t.get(k - 2);
			return word.is(Token.Type.LATIN) || word.is(Token.Type.WORD);
		}
		return false;
	}

}
