package org.mizan.extract.date;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mizan.extract.MentionKind;
import org.mizan.extract.number.Found;
import org.mizan.extract.number.Phrases;
import org.mizan.extract.number.Token;
import org.mizan.text.Lexicons;

/**
 * Times of day at a token, written {@code HH:MM} in the mention's date: digits
 * ({@code الساعة 23:00}, {@code 15:20}), the clock's ordinal with its minutes and part of
 * the day ({@code الساعة التاسعة من صباح}, {@code السابعة والنصف
 * صباحاً}, {@code الحادية عشرة ليلاً}) or a named time ({@code منتصف الليل}). A bare
 * ordinal is a time only after a cue ({@code الساعة}) or before a part of the day, so
 * {@code الثالثة} alone stays an ordinal. Words from {@code times.yml}. Immutable and
 * thread-safe.
 */
public final class TimesOfDay {

	private static final int MINUTES_PER_HOUR = 60;

	private static final int HOURS_PER_DAY = 24;

	private static final int HALF_DAY = 12;

	private final Phrases<Integer> hours = new Phrases<>();

	private final Phrases<String> cues;

	private final Phrases<String> wordCues;

	private final Phrases<Integer> minutes = new Phrases<>();

	private final Phrases<String> dayParts;

	private final Phrases<String> named;

	public TimesOfDay() {
		this(Lexicons.load("times"));
	}

	@SuppressWarnings("unchecked")
	TimesOfDay(Map<String, Object> lex) {
		((Map<String, Object>) lex.get("hours")).forEach((w, n) -> this.hours.add(w, ((Number) n).intValue()));
		this.cues = Phrases.ofList((List<Object>) lex.get("cues"));
		this.wordCues = Phrases.ofList((List<Object>) lex.get("word-cues"));
		((Map<String, Object>) lex.get("minutes")).forEach((w, n) -> this.minutes.add(w, ((Number) n).intValue()));
		Map<String, Object> parts = (Map<String, Object>) lex.get("day-parts");
		parts.values().forEach(v -> onTheClock(1, String.valueOf(v)));
		this.dayParts = Phrases.ofMap(parts);
		this.named = Phrases.ofMap((Map<String, Object>) lex.get("named"));
	}

	/** A time of day starting at token {@code i}, or null. */
	public Found match(List<Token> t, int i) {
		Phrases.Match<String> name = this.named.at(t, i);
		if (name != null) {
			return found(t, i, name.end(), name.value());
		}
		Phrases.Match<String> cue = this.cues.at(t, i);
		if (cue == null) {
			// after «عند» an hour word is a time (عند الثانية عشرة); the time starts at
			// the hour
			Phrases.Match<String> wordCue = this.wordCues.at(t, i);
			if (wordCue != null && this.hours.at(t, wordCue.end()) != null) {
				return clockFrom(t, wordCue.end(), wordCue.end(), true);
			}
		}
		return clockFrom(t, i, cue != null ? cue.end() : i, cue != null);
	}

	/**
	 * The clock time told from token {@code k} on, its span starting at token
	 * {@code first}.
	 */
	private Found clockFrom(List<Token> t, int first, int k, boolean cued) {
		if (k >= t.size()) {
			return null;
		}
		int hour;
		int minute = 0;
		int end;
		if (isClock(t, k)) {
			hour = (int) t.get(k).value();
			minute = (int) t.get(k + 2).value();
			end = k + 3;
		}
		else if (cued && first < k && t.get(k).isPlainInt(1, 2) && t.get(k).value() <= HOURS_PER_DAY) {
			hour = (int) t.get(k).value();
			end = k + 1;
		}
		else {
			Phrases.Match<Integer> word = this.hours.at(t, k);
			if (word == null) {
				return null;
			}
			hour = word.value();
			end = word.end();
			Phrases.Match<Integer> after = this.minutes.at(t, end);
			if (after != null) {
				minute = after.value();
				end = after.end();
			}
		}
		Phrases.Match<String> part = this.dayParts.at(t, end);
		if (!cued && part == null && !isClock(t, k)) {
			return null;
		}
		if (part != null) {
			hour = onTheClock(hour, part.value());
			end = part.end();
		}
		if (minute < 0) {
			hour = (hour + HOURS_PER_DAY - 1) % HOURS_PER_DAY;
			minute += MINUTES_PER_HOUR;
		}
		return found(t, first, end, clock(hour, minute));
	}

	private static String clock(int hour, int minute) {
		return String.format(Locale.ROOT, "%02d:%02d", hour % HOURS_PER_DAY, minute);
	}

	/**
	 * {@code 23:00}: hours and two-digit minutes joined by a colon, nothing between them.
	 */
	private static boolean isClock(List<Token> t, int k) {
		if (k + 2 >= t.size() || !t.get(k).isPlainInt(1, 2) || !t.get(k + 1).isSym(':')
				|| !t.get(k + 2).isPlainInt(2, 2)) {
			return false;
		}
		return t.get(k + 1).glued() && t.get(k + 2).glued() && t.get(k).value() < HOURS_PER_DAY
				&& t.get(k + 2).value() < MINUTES_PER_HOUR;
	}

	/** The hour of a 24-hour clock for an hour said with a part of the day. */
	static int onTheClock(int hour, String part) {
		return switch (part) {
			case "am" -> hour == HALF_DAY ? 0 : hour;
			case "pm" -> hour < HALF_DAY ? hour + HALF_DAY : hour;
			case "noon" -> hour >= 1 && hour <= 5 ? hour + HALF_DAY : hour;
			case "night" -> hour >= 6 && hour < HALF_DAY ? hour + HALF_DAY : hour == HALF_DAY ? 0 : hour;
			default -> throw new IllegalStateException("times.yml: unknown part of the day " + part);
		};
	}

	private static Found found(List<Token> t, int first, int end, String time) {
		return new Found(t.get(first).start(), t.get(end - 1).end(), end, MentionKind.TIME, null, null, null, null,
				null, time);
	}

}
