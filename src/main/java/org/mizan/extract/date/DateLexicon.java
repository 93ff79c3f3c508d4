package org.mizan.extract.date;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.extract.number.Grammar;
import org.mizan.extract.number.Phrases;
import org.mizan.text.ArabicNormalizer;
import org.mizan.text.Lexicons;

/** The {@code dates} lexicon, folded and indexed once. Immutable. */
final class DateLexicon {

	final Phrases<Month> months = new Phrases<>();

	final Phrases<Integer> ordinalDays = new Phrases<>();

	final Set<String> ordinalDayJoin;

	final Set<String> eraGregorian;

	final Set<String> eraHijri;

	final Set<String> yearCues;

	final Set<String> yearWords;

	final Set<String> periodParts;

	final Set<String> monthWord;

	final Set<String> relativeAfter;

	final Set<String> weekdays;

	final Set<String> relativeCues;

	final Set<String> periodCues;

	final Set<String> relativePeriods;

	/** the period nouns with the article: relative before a word of relativeAfter */
	final Set<String> definitePeriods;

	final Set<String> singlePeriods;

	final Set<String> singleFollowers;

	final Phrases<String> relativeWords;

	final Set<String> today;

	/** the article alone, as in الـ10 */
	final Set<String> article = Set.of(Grammar.shared().article());

	final Phrases<String> dayParts;

	final int yearMin;

	final int yearMax;

	final int hijriYearMin;

	final int hijriYearMax;

	DateLexicon(Map<String, Object> lex) {
		Set<String> ambiguous = set(lex, "ambiguous_months");
		map(lex, "months").forEach((name, n) -> this.months.add(name,
				new Month(((Number) n).intValue(), false, ambiguous.contains(ArabicNormalizer.fold(name)))));
		map(lex, "hijri_months")
			.forEach((name, n) -> this.months.add(name, new Month(((Number) n).intValue(), true, false)));
		map(lex, "ordinal_days").forEach((name, n) -> this.ordinalDays.add(name, ((Number) n).intValue()));
		this.ordinalDayJoin = set(lex, "ordinal_day_join");
		this.eraGregorian = set(lex, "era_gregorian");
		this.eraHijri = set(lex, "era_hijri");
		this.yearCues = set(lex, "year_cues");
		this.yearWords = set(lex, "year_words");
		this.periodParts = set(lex, "period_parts");
		this.monthWord = set(lex, "month_word");
		this.relativeAfter = set(lex, "relative_after");
		this.weekdays = set(lex, "weekdays");
		this.relativeCues = set(lex, "relative_cues");
		this.periodCues = set(lex, "period_cues");
		this.relativePeriods = set(lex, "relative_periods");
		this.definitePeriods = definite(lex, "relative_periods");
		this.singlePeriods = set(lex, "relative_single_periods");
		this.singleFollowers = set(lex, "relative_single_followers");
		this.relativeWords = Phrases.ofList(list(lex, "relative_words"));
		this.today = set(lex, "today");
		this.dayParts = Phrases.ofList(list(lex, "day_parts"));
		this.yearMin = ((Number) lex.get("year_min")).intValue();
		this.yearMax = ((Number) lex.get("year_max")).intValue();
		this.hijriYearMin = ((Number) lex.get("hijri_year_min")).intValue();
		this.hijriYearMax = ((Number) lex.get("hijri_year_max")).intValue();
	}

	/** The lexicon of this JVM, built once: recognizers are cheap to construct. */
	static DateLexicon shared() {
		return Shared.INSTANCE;
	}

	private static final class Shared {

		static final DateLexicon INSTANCE = new DateLexicon(Lexicons.load("dates"));

	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> lex, String key) {
		return (Map<String, Object>) lex.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Map<String, Object> lex, String key) {
		return (List<Object>) lex.get(key);
	}

	/**
	 * The folded words of a list with the article, also after a cue prefix (والأيام،
	 * بالعام).
	 */
	private static Set<String> definite(Map<String, Object> lex, String key) {
		String article = Grammar.shared().article();
		Set<String> out = new HashSet<>();
		for (Object o : list(lex, key)) {
			String w = article + ArabicNormalizer.fold(o.toString());
			out.add(w);
			for (String p : Grammar.shared().cuePrefixes()) {
				out.add(p + w);
			}
		}
		return out;
	}

	/**
	 * The folded words of a list, also after a cue prefix (لعام، وفي), so that membership
	 * is one lookup.
	 */
	@SuppressWarnings("unchecked")
	private static Set<String> set(Map<String, Object> lex, String key) {
		Set<String> out = new HashSet<>();
		for (Object o : (List<Object>) lex.get(key)) {
			String w = ArabicNormalizer.fold(o.toString());
			out.add(w);
			for (String p : Grammar.shared().cuePrefixes()) {
				out.add(p + w);
			}
		}
		return out;
	}

}
