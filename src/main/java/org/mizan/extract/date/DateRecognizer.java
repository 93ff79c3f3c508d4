package org.mizan.extract.date;

import java.util.List;

import org.mizan.extract.number.Found;
import org.mizan.extract.number.Grammar;
import org.mizan.extract.number.NumberRecognizer;
import org.mizan.extract.number.Phrases;
import org.mizan.extract.number.Token;

/**
 * Dates at a token: day, month and year with month names of the three traditions and
 * slash or bracket pairs ({@code 7 أكتوبر/تشرين الأول 2018}), a month alone or a part of
 * it ({@code نهاية شهر يناير}), a year after a cue ({@code عام 2012}, {@code في 2012},
 * {@code ربيع عام 2019}) and ISO or d/m/y digits. Hijri dates are reported with the
 * prefix {@code AH} ({@code AH1445-10-07}) so they never read as Gregorian. Relative
 * times ({@code قبل
 * ثلاثة أشهر}, {@code الأسبوع الماضي}, {@code أمس}) are dates with no calendar date and
 * the unit {@code relative}. Immutable and thread-safe.
 */
public final class DateRecognizer {

	private final DateLexicon lex;

	private final RelativeDates relative;

	public DateRecognizer() {
		this(DateLexicon.shared());
	}

	DateRecognizer(DateLexicon lex) {
		this.lex = lex;
		this.relative = new RelativeDates(lex, new NumberRecognizer());
	}

	/** A date starting at token {@code i}, a Hijri month to pass over, or null. */
	public Found match(List<Token> t, int i) {
		Found f = NumericDates.read(t, i, this.lex);
		if (f != null) {
			return f;
		}
		f = this.relative.read(t, i);
		if (f != null) {
			return f;
		}
		if (i >= 2 && isYear(t.get(i), false) && Grammar.shared().isConjunction(t.get(i - 1).text())
				&& isYear(t.get(i - 2), false) && (i < 3 || in(this.lex.yearCues, t, i - 3))) {
			return Found.date(t.get(i).start(), t.get(i).end(), eraEnd(t, i + 1),
					Integer.toString((int) t.get(i).value()));
		}
		int k = i;
		boolean part = false;
		if (in(this.lex.periodParts, t, k) && this.lex.months.at(t, k) == null) {
			part = true;
			k++;
		}
		Found year = yearAfterCue(t, i, k, part);
		if (year != null) {
			return year;
		}
		boolean monthWord = in(this.lex.monthWord, t, k);
		if (monthWord) {
			k++;
		}
		int day = -1;
		if (!monthWord && k + 1 < t.size() && t.get(k).isPlainInt(1, 2) && t.get(k).value() >= 1
				&& t.get(k).value() <= 31 && this.lex.months.at(t, k + 1) != null) {
			day = (int) t.get(k).value();
			k++;
		}
		if (day < 0 && !monthWord) {
			Phrases.Match<Integer> ordinal = this.lex.ordinalDays.at(t, k);
			if (ordinal != null && in(this.lex.ordinalDayJoin, t, ordinal.end())
					&& this.lex.months.at(t, ordinal.end() + 1) != null) {
				day = ordinal.value();
				k = ordinal.end() + 1;
			}
		}
		Phrases.Match<Month> m = this.lex.months.at(t, k);
		if (m == null) {
			return null;
		}
		Month month = m.value();
		k = m.end();
		boolean pair = false;
		if (k + 1 < t.size() && t.get(k).isSym('/') && this.lex.months.at(t, k + 1) != null) {
			k = this.lex.months.at(t, k + 1).end();
			pair = true;
		}
		else if (k + 2 < t.size() && t.get(k).isSym('(') && this.lex.months.at(t, k + 1) != null) {
			int close = this.lex.months.at(t, k + 1).end();
			if (close < t.size() && t.get(close).isSym(')')) {
				k = close + 1;
				pair = true;
			}
		}
		int y = k < t.size() && in(this.lex.yearWords, t, k) ? k + 1 : k;
		int yearValue = -1;
		if (y < t.size() && isYear(t.get(y), month.hijri())) {
			yearValue = (int) t.get(y).value();
			k = eraEnd(t, y + 1);
		}
		if (month.hijri() && day < 0 && yearValue < 0) {
			return m.end() - i > 1 ? Found.skip(m.end()) : null;
		}
		boolean cued = i > 0 && in(this.lex.yearCues, t, i - 1);
		if (month.ambiguous() && day < 0 && yearValue < 0 && !pair && !part && !monthWord && !cued) {
			return null;
		}
		if (k < t.size() && in(this.lex.relativeAfter, t, k)) {
			k++;
		}
		String date = format(yearValue, month.number(), day, month.hijri());
		return Found.date(t.get(i).start(), t.get(k - 1).end(), k, date);
	}

	private Found yearAfterCue(List<Token> t, int i, int k, boolean part) {
		if (k >= t.size()) {
			return null;
		}
		boolean yearWord = in(this.lex.yearWords, t, k);
		int y = yearWord || !part && in(this.lex.yearCues, t, k) ? k + 1 : part ? k : -1;
		if (y < 0 || y >= t.size() || !isYear(t.get(y), false) || followedByNumberWord(t, y + 1)) {
			int e = eraEnd(t, i + 1);
			if (k == i && t.get(i).isPlainInt(3, 4) && e > i + 1) {
				return eraYear(t, i, e);
			}
			return null;
		}
		int start = part || yearWord ? t.get(i).start() : t.get(y).start();
		int end = eraEnd(t, y + 1);
		boolean hijri = end > y + 1 && in(this.lex.eraHijri, t, y + 1);
		return Found.date(start, t.get(end - 1).end(), end, (hijri ? "AH" : "") + (int) t.get(y).value());
	}

	private Found eraYear(List<Token> t, int i, int end) {
		boolean hijri = in(this.lex.eraHijri, t, i + 1);
		return Found.date(t.get(i).start(), t.get(end - 1).end(), end, (hijri ? "AH" : "") + (int) t.get(i).value());
	}

	private static boolean followedByNumberWord(List<Token> t, int k) {
		return k < t.size() && (t.get(k).isSym('%') || t.get(k).isSym('-') && k + 1 < t.size()
				&& t.get(k + 1).is(Token.Type.NUM) && t.get(k + 1).plainDigits() != 4);
	}

	private int eraEnd(List<Token> t, int k) {
		if (k < t.size()) {
			if (in(this.lex.eraGregorian, t, k) || in(this.lex.eraHijri, t, k)) {
				return k + 1;
			}
		}
		return k;
	}

	private boolean isYear(Token tok, boolean hijri) {
		if (!tok.isPlainInt(4, 4)) {
			return false;
		}
		double v = tok.value();
		return hijri ? v >= this.lex.hijriYearMin && v <= this.lex.hijriYearMax
				: v >= this.lex.yearMin && v <= this.lex.yearMax;
	}

	static String format(int year, int month, int day, boolean hijri) {
		StringBuilder b = new StringBuilder(hijri ? "AH" : "");
		if (year > 0) {
			b.append(year);
		}
		else {
			b.append('-');
		}
		if (month > 0) {
			b.append('-').append(month < 10 ? "0" : "").append(month);
			if (day > 0) {
				b.append('-').append(day < 10 ? "0" : "").append(day);
			}
		}
		return b.toString();
	}

	/**
	 * Whether token k is a word of the set (whose words are also listed with their cue
	 * prefixes).
	 */
	private static boolean in(java.util.Set<String> set, List<Token> t, int k) {
		return k < t.size() && t.get(k).is(Token.Type.WORD) && set.contains(t.get(k).text());
	}

}
