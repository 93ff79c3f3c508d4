package org.mizan.extract.date;

import java.util.List;
import java.util.Set;

import org.mizan.extract.Approx;
import org.mizan.extract.MentionKind;
import org.mizan.extract.number.Found;
import org.mizan.extract.number.NumberRecognizer;
import org.mizan.extract.number.Phrases;
import org.mizan.extract.number.Token;

/**
 * Relative times, dates that cannot be placed on the calendar without the article's own
 * date: {@code قبل ثلاثة
 * أشهر}, {@code منذ عامين}, {@code خلال الأيام الماضية}, {@code منتصف الأسبوع الماضي},
 * {@code الأربعاء الماضي}, {@code أمس}, {@code صباح اليوم}. Each is one date mention with
 * no calendar date and the unit {@value #UNIT}, spanning cue, number, period noun and
 * relative word, so that its number is not read as a quantity. A number and a period noun
 * without a cue ({@code 3 أيام}) is a duration and is left to the number reader.
 */
final class RelativeDates {

	static final String UNIT = "relative";

	private final DateLexicon lex;

	private final NumberRecognizer numbers;

	RelativeDates(DateLexicon lex, NumberRecognizer numbers) {
		this.lex = lex;
		this.numbers = numbers;
	}

	/** A relative time starting at token {@code i}, or null. */
	Found read(List<Token> t, int i) {
		Phrases.Match<String> dayPart = this.lex.dayParts.at(t, i);
		int k = dayPart != null ? dayPart.end() : i;
		Phrases.Match<String> word = this.lex.relativeWords.at(t, k);
		if (word != null) {
			return found(t, i, word.end(), null);
		}
		if (in(this.lex.today, t, k)) {
			if (in(this.lex.weekdays, t, k + 1)) {
				return found(t, i, k + 2, null);
			}
			if (dayPart != null || endsPhrase(t, k + 1)) {
				return found(t, i, k + 1, null);
			}
		}
		if (in(this.lex.weekdays, t, i) && in(this.lex.relativeAfter, t, i + 1)) {
			return found(t, i, i + 2, null);
		}
		boolean cue = in(this.lex.relativeCues, t, i);
		k = cue || in(this.lex.periodCues, t, i) ? i + 1 : i;
		if (in(this.lex.periodParts, t, k)) {
			k++;
		}
		Found definite = definite(t, i, k);
		if (definite != null || !cue || k != i + 1) {
			return definite;
		}
		return afterCue(t, i, k);
	}

	/**
	 * {@code الأسبوع الماضي}, {@code الأيام العشرة الماضية}, {@code الـ10 سنوات الماضية}:
	 * a period with the article and a relative word.
	 */
	private Found definite(List<Token> t, int start, int k) {
		if (in(this.lex.article, t, k)) {
			Found n = number(t, k + 1);
			if (n != null && in(this.lex.relativePeriods, t, n.endToken())
					&& in(this.lex.relativeAfter, t, n.endToken() + 1)) {
				return n;
			}
			return null;
		}
		if (!in(this.lex.definitePeriods, t, k)) {
			return null;
		}
		if (in(this.lex.relativeAfter, t, k + 1)) {
			return found(t, start, k + 2, null);
		}
		Found n = number(t, k + 1);
		if (n != null && in(this.lex.relativeAfter, t, n.endToken())) {
			return n;
		}
		return null;
	}

	/**
	 * {@code قبل 3 أيام}, {@code منذ نحو عامين}, {@code قبل أيام}, {@code قبل عام من}: a
	 * period after a cue.
	 */
	private Found afterCue(List<Token> t, int start, int k) {
		Found n = number(t, k);
		int end;
		Approx approx = null;
		if (n != null) {
			if (in(this.lex.relativePeriods, t, n.endToken())) {
				end = n.endToken() + 1;
			}
			else if (in(this.lex.relativePeriods, t, n.endToken() - 1)) {
				end = n.endToken();
			}
			else {
				return null;
			}
			// «قبل سبع ساعات من», «منذ 14 شهراً»: how long is a figure a source states;
			// the period counts it
			return n;
		}
		else if (in(this.lex.relativePeriods, t, k) && (!in(this.lex.singlePeriods, t, k) || endsPhrase(t, k + 1)
				|| in(this.lex.singleFollowers, t, k + 1))) {
			end = k + 1;
		}
		else {
			return null;
		}
		if (in(this.lex.relativeAfter, t, end)) {
			end++;
		}
		return found(t, start, end, approx);
	}

	/** A number or range read at token k, or null. */
	private Found number(List<Token> t, int k) {
		if (k >= t.size()) {
			return null;
		}
		Found n = this.numbers.match(t, k);
		return n != null && (n.kind() == MentionKind.NUMBER || n.kind() == MentionKind.RANGE) ? n : null;
	}

	private static boolean endsPhrase(List<Token> t, int k) {
		return k >= t.size() || t.get(k).is(Token.Type.SYM) || t.get(k).is(Token.Type.NEWLINE);
	}

	private static Found found(List<Token> t, int start, int end, Approx approx) {
		return new Found(t.get(start).start(), t.get(end - 1).end(), end, MentionKind.DATE, null, null, null, approx,
				UNIT, null);
	}

	private static boolean in(Set<String> set, List<Token> t, int k) {
		return k >= 0 && k < t.size() && t.get(k).is(Token.Type.WORD) && set.contains(t.get(k).text());
	}

}
