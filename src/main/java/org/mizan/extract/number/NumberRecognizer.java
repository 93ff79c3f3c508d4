package org.mizan.extract.number;

import java.util.List;
import java.util.Set;

import org.mizan.extract.Approx;
import org.mizan.extract.MentionKind;
import org.mizan.extract.number.SpelledNumbers.Spelled;
import org.mizan.text.Lexicons;

/**
 * Number expressions at a token: a number in digits or words with what qualifies it before (approximators,
 * bounds, range openers, currency symbols) and after (scales, percent, currency, أضعاف, تقريبا). Immutable and
 * thread-safe.
 */
public final class NumberRecognizer {

	private static final Set<String> ATTACHABLE_PREFIXES = Set.of("و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "لل");

	private final NumberLexicon lex;

	private final SpelledNumbers spelled;

	public NumberRecognizer() {
		this(new NumberLexicon(Lexicons.load("numbers")));
	}

	NumberRecognizer(NumberLexicon lex) {
		this.lex = lex;
		this.spelled = new SpelledNumbers(lex);
	}

	/** A number expression starting at token {@code i}, something to skip, or null. */
	public Found match(List<Token> t, int i) {
		Token tok = t.get(i);
		if (tok.is(Token.Type.WORD) && isNotNumber(tok.text())
				&& !(i + 1 < t.size() && this.lex.exact(t.get(i + 1).text()) != null
						&& this.lex.exact(t.get(i + 1).text()).get(0).type() == WordClass.TEN)) {
			return Found.skip(i + 1);
		}
		if (tok.is(Token.Type.NUM) && isNamePart(t, i)) {
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
		if (j + 1 < t.size() && j > first && t.get(j).text().equals("ال") && t.get(j + 1).is(Token.Type.NUM)) {
			j++;
		}
		if (j >= t.size()) {
			return null;
		}
		Range range = Ranges.read(this, t, j);
		if (range != null) {
			return finish(t, first, range.end(), range.low(), range.high(), null, null, Approx.RANGE,
					range.lowCore().percent() || range.highCore().percent(), range.lowCore().currency());
		}
		Core core = core(t, j);
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
					&& (after.end() >= t.size() || core(t, after.end()) == null)) {
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
					return new Found(t.get(first).start(), upper.endChar(), upper.endToken(), MentionKind.RANGE,
							null, low, upper.high(), Approx.RANGE, upper.unit(), null);
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
			MentionKind kind = isTimeCue(t, first) ? MentionKind.TIME : MentionKind.ORDINAL;
			return new Found(core.startChar(), t.get(end - 1).end(), end, kind, core.value(), null, null, null,
					null, null);
		}
		int startChar = j == first ? core.startChar() : t.get(first).start();
		return finish(t, startChar, end, low, high, core.value(), core, approx, core.percent(), core.currency());
	}

	private Found finish(List<Token> t, int startOrFirst, int end, Double low, Double high, Double value, Core core,
			Approx approx, boolean percent, String currency) {
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
		}
		if (kind == MentionKind.NUMBER && core != null && isTimeCue(t, startIndex(t, startChar))) {
			kind = MentionKind.TIME;
		}
		return new Found(startChar, t.get(end - 1).end(), end, kind, value, low, high, approx, unit, null);
	}

	private static int startIndex(List<Token> t, int startChar) {
		for (int k = 0; k < t.size(); k++) {
			if (t.get(k).end() > startChar) {
				return k;
			}
		}
		return t.size();
	}

	private boolean isTimeCue(List<Token> t, int i) {
		return i > 0 && this.lex.timeCues.contains(t.get(i - 1).text());
	}

	/** "أكثر من 10 وأقل من 20": the upper bound after a lower one. */
	private Found upperBound(List<Token> t, int k) {
		if (k + 1 < t.size() && (t.get(k).isSym('،') || t.get(k).isSym(','))) {
			k++;
		}
		if (k + 1 >= t.size() || !t.get(k).is(Token.Type.WORD)) {
			return null;
		}
		String join = t.get(k).text();
		int next = join.equals("و") || join.equals("او") ? k + 1 : join.startsWith("و") ? k : -1;
		if (next < 0) {
			return null;
		}
		Phrases.Match<String> m = this.lex.approxBefore.at(t, next);
		if (m == null || !("less than".equals(m.value()) || "at most".equals(m.value()))) {
			return null;
		}
		Core c = core(t, m.end());
		if (c == null || c.skip()) {
			return null;
		}
		Found rest = finish(t, c.startChar(), c.end(), null, c.value(), c.value(), c, null, c.percent(), c.currency());
		return new Found(rest.startChar(), rest.endChar(), rest.endToken(), rest.kind(), null, null, c.value(), null,
				rest.unit(), null);
	}

	/** Expressions that are a number without a number word: ضعفين، رحلتين. */
	private Found standalone(List<Token> t, int first, int j, String approxLabel) {
		Token tok = t.get(j);
		if (!tok.is(Token.Type.WORD)) {
			return null;
		}
		String word = NumberLexicon.stripConjunction(tok.text());
		Approx approx = approxLabel == null || approxLabel.equals("equal") ? null : Approx.fromLabel(approxLabel);
		if (this.lex.multiplierDual.contains(word) || this.lex.multiplierDual.contains(tok.text())
				|| approxLabel != null && this.lex.multiplierSingle.contains(word)) {
			return new Found(t.get(first).start(), tok.end(), j + 1, MentionKind.MULTIPLIER, 2.0, null, null, approx,
					null, null);
		}
		String noun = word.startsWith("ال") ? word.substring(2) : word;
		if (this.lex.dualCounted.containsKey(noun) || this.lex.dualCounted.containsKey(tok.text())) {
			if (j > 0 && approxLabel == null && this.lex.relativeBefore.contains(t.get(j - 1).text())) {
				return Found.skip(j + 1);
			}
			String singular = this.lex.dualCounted.getOrDefault(noun, this.lex.dualCounted.get(tok.text()));
			if (approxLabel == null && j >= 2 && t.get(j - 1).text().equals("او")
					&& NumberLexicon.stripConjunction(t.get(j - 2).text()).equals(singular)) {
				return new Found(t.get(j - 2).start(), tok.end(), j + 1, MentionKind.RANGE, null, 1.0, 2.0,
						Approx.RANGE, null, null);
			}
			return new Found(t.get(first).start(), tok.end(), j + 1, MentionKind.NUMBER, 2.0, null, null, approx,
					null, null);
		}
		return null;
	}

	/** The number itself at token j, in digits or words, with a scale word after digits. */
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
	 * Digits with what continues them: a decimal فاصلة, a fraction bar, a scale word, and after a scale more
	 * digits of lower order ({@code 3 ملايين و500 ألف}, {@code ٤ آلاف ٣ مائة و ٢١}).
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
			if (end < t.size() && t.get(end).is(Token.Type.WORD) && t.get(end).text().startsWith("و")) {
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
			int next = end < t.size() && t.get(end).text().equals("و") ? end + 1 : end;
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
			boolean oneOf = c.value() == 1 && last.text().equals("واحد") && last.start() <= c.startChar()
					&& t.get(c.end()).text().equals("من");
			if (!oneOf) {
				return c;
			}
			m = new Phrases.Match<>(c.end(), c.end() + 1, "من");
		}
		Core d = m.end() < t.size() && !this.lex.fractionOver.contains(t.get(m.end()).text()) ? core(t, m.end())
				: null;
		if (d == null || d.skip() || d.ordinal() || d.value() == 0) {
			return c;
		}
		double value = m.value().equals("على") || c.tail() == 0 ? c.value() / d.value()
				: c.value() - c.tail() + c.tail() / d.value();
		return new Core(c.startChar(), d.end(), value, false, false, false, c.currency());
	}

	/** "جزء من مئة": one part of. */
	private Core partOf(List<Token> t, int k) {
		if (k + 2 >= t.size() || !t.get(k).text().equals("جزء") || !t.get(k + 1).text().equals("من")) {
			return null;
		}
		Core d = core(t, k + 2);
		if (d == null || d.skip() || d.ordinal() || d.value() == 0) {
			return null;
		}
		return new Core(t.get(k).start(), d.end(), 1 / d.value(), false, false, false, null);
	}

	private Core withPercentBefore(List<Token> t, int j, Core c) {
		if (j > 0 && t.get(j - 1).is(Token.Type.WORD) && (this.lex.percentBefore.contains(t.get(j - 1).text())
				|| this.lex.percentBefore.contains(NumberLexicon.stripConjunction(t.get(j - 1).text())))) {
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
		if (!next.is(Token.Type.WORD) || !next.text().startsWith("ال") || this.lex.lookup(next.text()) != null) {
			return null;
		}
		return new Core(t.get(k).start(), k + 1, f, false, false, false, null);
	}

	/** Digits glued to a name: EGX30, G20, سويداء-24. */
	private boolean isNamePart(List<Token> t, int k) {
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
			return !ATTACHABLE_PREFIXES.contains(prev.text());
		}
		if (prev.isSym('-') && k >= 2 && prev.glued()) {
			Token word = t.get(k - 2);
			return word.is(Token.Type.LATIN) || word.is(Token.Type.WORD);
		}
		return false;
	}

	private boolean isNotNumber(String word) {
		return this.lex.notNumbers.contains(word) || this.lex.notNumbers.contains(NumberLexicon.stripConjunction(word));
	}

	NumberLexicon lexicon() {
		return this.lex;
	}

	/**
	 * @param startChar normalized offset of the number
	 * @param end token after it
	 * @param skip digits that are part of a name: nothing to report
	 * @param percent a percent word came before ("نسبة 20")
	 * @param currency a currency symbol came before ("$10")
	 */
	record Core(int startChar, int end, double value, boolean ordinal, boolean skip, boolean percent,
			String currency, double tail) {

		Core(int startChar, int end, double value, boolean ordinal, boolean skip, boolean percent, String currency) {
			this(startChar, end, value, ordinal, skip, percent, currency, 0);
		}

	}

}
