package org.mizan.extract.number;

import java.util.List;

import org.mizan.extract.Approx;
import org.mizan.extract.MentionKind;

/**
 * Number expressions at a token: a number in digits or words with what qualifies it
 * before (approximators, bounds, range openers, currency symbols) and after (scales,
 * percent, currency, أضعاف, تقريبا). Immutable and thread-safe.
 */
public final class NumberRecognizer {

	private final NumberLexicon lex;

	private final NumberCores cores;

	public NumberRecognizer() {
		this(NumberLexicon.shared());
	}

	NumberRecognizer(NumberLexicon lex) {
		this.lex = lex;
		this.cores = new NumberCores(lex);
	}

	/** A number expression starting at token {@code i}, something to skip, or null. */
	public Found match(List<Token> t, int i) {
		Token tok = t.get(i);
		if (tok.is(Token.Type.WORD) && isNotNumber(tok.text())
				&& !(i + 1 < t.size() && this.lex.exact(t.get(i + 1).text()) != null
						&& this.lex.exact(t.get(i + 1).text()).get(0).type() == WordClass.TEN)) {
			return Found.skip(i + 1);
		}
		if (tok.is(Token.Type.NUM) && this.cores.isNamePart(t, i)) {
			return Found.skip(i + 1);
		}
		Phrases.Match<String> percentWord = this.lex.percentAfter.at(t, i);
		if (percentWord != null) {
			return Found.skip(percentWord.end());
		}
		Phrases.Match<String> before = this.lex.approxBefore.at(t, i);
		Found f = null;
		if (before != null) {
			f = qualified(t, i, before.end(), before.value());
		}
		return f != null ? f : qualified(t, i, i, null);
	}

	private Found qualified(List<Token> t, int first, int j, String approxLabel) {
		if (j + 1 < t.size() && j > first && t.get(j).text().equals(this.lex.grammar.article)
				&& t.get(j + 1).is(Token.Type.NUM)) {
			j++;
		}
		if (j >= t.size()) {
			return null;
		}
		Range range = Ranges.read(this.cores, t, j);
		if (range != null) {
			return finish(t, first, first, range.end(), range.low(), range.high(), null, null, Approx.RANGE,
					range.lowCore().percent() || range.highCore().percent(), range.lowCore().currency());
		}
		Core core = this.cores.core(t, j);
		if (core == null) {
			return standalone(t, first, j, approxLabel);
		}
		if (core.skip()) {
			return Found.skip(core.end());
		}
		Approx approx = null;
		Double low = null;
		Double high = null;
		String label = approxLabel;
		int end = core.end();
		if (core.ordinal() && label != null) {
			core = new Core(core.startChar(), core.end(), core.value(), false, false, core.percent(), core.currency());
		}
		if (label == null || label.equals("equal") || label.equals("about")) {
			Phrases.Match<String> after = this.lex.approxAfter.at(t, end);
			if (after == null && end + 1 < t.size() && t.get(end).is(Token.Type.WORD)
					&& this.lex.lookup(t.get(end).text()) == null) {
				after = this.lex.approxAfter.at(t, end + 1);
			}
			if (after != null && (label == null || !after.value().equals("about"))
					&& (after.end() >= t.size() || this.cores.core(t, after.end()) == null)) {
				label = after.value();
				end = after.end();
			}
		}
		if ("equal".equals(label)) {
			low = core.value();
			high = core.value();
		}
		else if (label != null) {
			approx = Approx.fromLabel(label);
			if (approx == Approx.MORE_THAN || approx == Approx.AT_LEAST) {
				low = core.value();
				Found upper = upperBound(t, end);
				if (upper != null && upper.high() > low) {
					return new Found(t.get(first).start(), upper.endChar(), upper.endToken(), MentionKind.RANGE, null,
							low, upper.high(), Approx.RANGE, upper.unit(), null);
				}
			}
			else if (approx == Approx.LESS_THAN || approx == Approx.AT_MOST) {
				high = core.value();
			}
		}
		if (core.ordinal()) {
			if (first > 0 && this.lex.ordinalNameHeads.contains(t.get(first - 1).text())) {
				return Found.skip(end);
			}
			Phrases.Match<String> age = this.lex.ageAfter.at(t, end);
			if (age != null) {
				// «في الرابعة عشرة من عمره»: an age told as the year of life it is in
				return new Found(core.startChar(), t.get(age.end() - 1).end(), age.end(), MentionKind.NUMBER,
						core.value(), null, null, null, age.value(), null);
			}
			MentionKind kind = isTimeCue(t, first) ? MentionKind.TIME : MentionKind.ORDINAL;
			return new Found(core.startChar(), t.get(end - 1).end(), end, kind, core.value(), null, null, null, null,
					null);
		}
		int startChar = j == first ? core.startChar() : t.get(first).start();
		return finish(t, first, startChar, end, low, high, core.value(), core, approx, core.percent(), core.currency());
	}

	private Found finish(List<Token> t, int first, int startOrFirst, int end, Double low, Double high, Double value,
			Core core, Approx approx, boolean percent, String currency) {
		int startChar = core == null ? t.get(startOrFirst).start() : startOrFirst;
		MentionKind kind = core == null ? MentionKind.RANGE : MentionKind.NUMBER;
		String unit = null;
		if (percent) {
			kind = MentionKind.PERCENT;
			unit = "percent";
		}
		else if (currency != null) {
			kind = MentionKind.MONEY;
			unit = currency;
		}
		Suffix suffix = Suffixes.read(this.lex, t, end);
		if (percent && suffix != null && suffix.kind() == MentionKind.PERCENT) {
			end = suffix.end();
		}
		if (!percent && currency == null) {
			if (suffix != null) {
				end = suffix.end();
				kind = suffix.kind();
				unit = suffix.unit();
			}
			else if (core != null) {
				Found listed = toldOnceForBoth(t, end);
				if (listed != null) {
					kind = listed.kind();
					unit = listed.unit();
				}
			}
		}
		if (kind == MentionKind.NUMBER && core != null && isTimeCue(t, first)) {
			kind = MentionKind.TIME;
		}
		return new Found(startChar, t.get(end - 1).end(), end, kind, value, low, high, approx, unit, null);
	}

	/**
	 * «22,25 و23,25 في المائة», «19 و21 جنيهاً»: a percent or a currency told once, after
	 * the last of two numbers joined by «و», is the unit of both. The number after the
	 * conjunction, when it is a percent or an amount; else null.
	 */
	private Found toldOnceForBoth(List<Token> t, int end) {
		if (end + 1 >= t.size() || !t.get(end).is(Token.Type.WORD) || !this.lex.grammar.isConjunction(t.get(end).text())
				|| !t.get(end + 1).is(Token.Type.NUM)) {
			return null;
		}
		Found next = qualified(t, end + 1, end + 1, null);
		return next != null && (next.kind() == MentionKind.PERCENT || next.kind() == MentionKind.MONEY) ? next : null;
	}

	private boolean isTimeCue(List<Token> t, int i) {
		return i > 0 && this.lex.timeCues.contains(t.get(i - 1).text());
	}

	/** "أكثر من 10 وأقل من 20": the upper bound after a lower one. */
	private Found upperBound(List<Token> t, int k) {
		if (k + 1 < t.size() && t.get(k).isSymIn(this.lex.boundCommas)) {
			k++;
		}
		if (k + 1 >= t.size() || !t.get(k).is(Token.Type.WORD)) {
			return null;
		}
		String join = t.get(k).text();
		Grammar g = this.lex.grammar;
		int next = g.isConjunction(join) || g.isOr(join) ? k + 1 : g.startsWithConjunction(join) ? k : -1;
		if (next < 0) {
			return null;
		}
		Phrases.Match<String> m = this.lex.approxBefore.at(t, next);
		if (m == null || !("less than".equals(m.value()) || "at most".equals(m.value()))) {
			return null;
		}
		Core c = this.cores.core(t, m.end());
		if (c == null || c.skip()) {
			return null;
		}
		Found rest = finish(t, k, c.startChar(), c.end(), null, c.value(), c.value(), c, null, c.percent(),
				c.currency());
		return new Found(rest.startChar(), rest.endChar(), rest.endToken(), rest.kind(), null, null, c.value(), null,
				rest.unit(), null);
	}

	/** Expressions that are a number without a number word: ضعفين، رحلتين. */
	private Found standalone(List<Token> t, int first, int j, String approxLabel) {
		Token tok = t.get(j);
		if (!tok.is(Token.Type.WORD)) {
			return null;
		}
		String word = tok.text();
		Approx approx = approxLabel == null || approxLabel.equals("equal") ? null : Approx.fromLabel(approxLabel);
		if (this.lex.multiplierDual.contains(word) || approxLabel != null && this.lex.multiplierSingle.contains(word)) {
			return new Found(t.get(first).start(), tok.end(), j + 1, MentionKind.MULTIPLIER, 2.0, null, null, approx,
					null, null);
		}
		String singular = this.lex.dualCounted.get(word);
		if (singular != null) {
			if (approxLabel == null && j >= 2 && this.lex.grammar.isOr(t.get(j - 1).text())
					&& NumberLexicon.stripConjunction(t.get(j - 2).text()).equals(singular)) {
				return new Found(t.get(j - 2).start(), tok.end(), j + 1, MentionKind.RANGE, null, 1.0, 2.0,
						Approx.RANGE, null, null);
			}
			String currency = this.lex.dualCurrencies.get(singular);
			return new Found(t.get(first).start(), tok.end(), j + 1,
					currency == null ? MentionKind.NUMBER : MentionKind.MONEY, 2.0, null, null, approx, currency, null);
		}
		return null;
	}

	private boolean isNotNumber(String word) {
		return this.lex.notNumbers.contains(word);
	}

}
