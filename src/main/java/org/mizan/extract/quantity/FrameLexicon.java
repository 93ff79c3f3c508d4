package org.mizan.extract.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.text.ArabicMorphology;
import org.mizan.text.Lexicons;

/** What {@link FrameReader} knows of news figures, read from {@code frames.yml}. */
final class FrameLexicon {

	/**
	 * @param byGroup a group of persons counted with this measure's event is a part of it
	 * (civilians killed)
	 */
	record Measure(String key, String label, boolean byGroup, Set<String> toldAs, boolean notPersons, boolean fixed) {

		Measure(String key, String label, boolean byGroup, Set<String> toldAs) {
			this(key, label, byGroup, toldAs, false, false);
		}

		/**
		 * Whether a figure of this unit class can be of this measure (a price is money, a
		 * toll is not).
		 */
		boolean toldAs(String unitClass) {
			String kind = unitClass.startsWith("money:") ? "money" : unitClass.equals("percent") ? "percent" : "number";
			return toldAs.isEmpty() ? !kind.equals("money") : toldAs.contains(kind);
		}

	}

	/** Per measure, the words that make a figure one of its parts, by part name. */
	final Map<String, Map<String, Set<String>>> parts = new HashMap<>();

	final Map<String, Measure> byUnit = new HashMap<>();

	final Map<String, Measure> byEvent = new HashMap<>();

	final Map<String, Measure> byTerm = new HashMap<>();

	/** Words that name a measure only after a generic head. */
	final Map<String, Measure> afterHead = new HashMap<>();

	/** Generic heads and the measure each has alone (null: none). */
	final Map<String, Measure> genericHeads = new HashMap<>();

	final Set<String> genericHeadWords = new HashSet<>();

	final int headReach;

	final Set<String> genericPersons = new HashSet<>();

	/** Person units named by an event, with its class (frames.yml persons-of-events). */
	final Map<String, String> personsOfEvents = new HashMap<>();

	/**
	 * Units that count whoever the story counts (حالة): a count of them whose clause
	 * names a part of a measure is that measure's part.
	 */
	final Set<String> toldByPart = new HashSet<>();

	/** The measures by key, in lexicon order. */
	final Map<String, Measure> measuresByKey = new LinkedHashMap<>();

	final Set<String> partMarkers = new HashSet<>();

	final Set<String> perMarkers = new HashSet<>();

	final Set<String> totalMarkers = new HashSet<>();

	final Set<String> placeHeads = new HashSet<>();

	/** Words after which a place head names the level a figure holds at. */
	final Set<String> levelLeads = new HashSet<>();

	final Set<String> may = new HashSet<>();

	final Set<String> qualifiers = new HashSet<>();

	final List<List<String>> qualifierPhrases = new ArrayList<>();

	/** Phrases that say what a qualifier says (من الخارج: أجنبي), to its light stem. */
	final Map<List<String>, String> qualifierEquivalents = new LinkedHashMap<>();

	/** Adverbs of a rate (يومياً) that qualify the figure after them. */
	final Set<String> rateAdverbs = new HashSet<>();

	final Set<String> projection = new HashSet<>();

	final Set<String> change = new HashSet<>();

	/** «بنسبة»: a change after a verb of change, else the level reached. */
	final Set<String> shareChange = new HashSet<>();

	final Set<String> changeVerbs = new HashSet<>();

	final Set<String> before = new HashSet<>();

	final Set<String> earlier = new HashSet<>();

	final Set<String> later = new HashSet<>();

	final Set<String> previousPeriod = new HashSet<>();

	/** Words that make a month told without a year a past one (شباط الماضي). */
	final Set<String> pastMarkers = new HashSet<>();

	/** Phrases that say a clause tells of now (هذه المرة, حاليا), word by word. */
	final WordPhrases now = new WordPhrases();

	final Set<String> periods = new HashSet<>();

	final Set<String> weekdays = new HashSet<>();

	/** A weekday, folded and without its article, to its ISO number (Monday 1). */
	final Map<String, Integer> weekdayNumbers = new HashMap<>();

	final Set<String> hours = new HashSet<>();

	final Set<String> untilHour = new HashSet<>();

	/** Words that open a clause telling when something happened (حين, عندما). */
	final Set<String> whenLinks = new HashSet<>();

	/** Words that put a clause at a time told before (آنذاك, حينها). */
	final Set<String> then = new HashSet<>();

	/** «منذ»: a year after it is before the story. */
	final Set<String> since = new HashSet<>();

	final Set<String> measuringClasses = new HashSet<>();

	/**
	 * Units several measures are told in (درجات: a temperature or a magnitude), to the
	 * measure each is of by itself.
	 */
	final Map<String, Measure> sharedUnits = new HashMap<>();

	/** Per shared unit, the terms of the measures told only in it (عمق, بعد). */
	private final Map<String, Map<String, Measure>> byUnitTerm = new HashMap<>();

	/**
	 * Words that make a figure of an event after the main one (هزة ارتدادية), to the
	 * event.
	 */
	final Map<String, String> secondaryEvents = new HashMap<>();

	/**
	 * Words that make an amount a party's position, to the stance (frames.yml stances).
	 */
	final Map<String, String> stances = new HashMap<>();

	/**
	 * The stances themselves ({@code demand}, {@code offer}): subjects that name no
	 * thing.
	 */
	final Set<String> stanceNames = new HashSet<>();

	/**
	 * «X، أقواها بقوة 4,8»: a clause that opens with one of these is of the clause
	 * before.
	 */
	final Set<String> ofPrevious = new HashSet<>();

	/** «في عداد المفقودين»: the word before a measure that persons are counted among. */
	final Set<String> countedAmong = new HashSet<>();

	/** «منذ بداية العام»: the start of a period a figure is counted since. */
	final Set<String> periodStarts = new HashSet<>();

	/**
	 * «المدينة وحدها»: the word after a noun that makes the figure of that part alone.
	 */
	final Set<String> aloneMarkers = new HashSet<>();

	/** «حصيلة أولية»: phrases that make every figure of their sentence provisional. */
	final WordPhrases provisional = new WordPhrases();

	/**
	 * Unit classes whose figure after a verb of change is the change itself (رفع الفائدة
	 * 100 نقطة).
	 */
	final Set<String> changeUnits = new HashSet<>();

	/** Verbs of the result reached (ليصل): the figure after one is a level. */
	final Set<String> levelReached = new HashSet<>();

	final Set<String> commodities = new HashSet<>();

	/** What a period is of (حداد, مهلة): the subject of a duration. */
	final Set<String> durationHeads = new HashSet<>();

	/**
	 * «وليس»: the figure after one is the value the one before it denies, of the same
	 * claim.
	 */
	final Set<String> contrastMarkers = new HashSet<>();

	/** «على الترتيب»: its head word and the words after it. */
	final String respectivelyHead;

	final Set<String> respectively = new HashSet<>();

	/** Words that open a clause restating the one before it (أي). */
	final Set<String> restatementMarkers = new HashSet<>();

	/** Verbs of costing: the measure is named before them, the payer after. */
	final Set<String> costVerbs = new HashSet<>();

	/**
	 * One institution (المستشفى) and all of them (المستشفيات): a count of one is a part
	 * of the whole.
	 */
	final Set<String> institution = new HashSet<>();

	final Set<String> institutions = new HashSet<>();

	/**
	 * Words that open a sentence about a topic (أما): a commodity after one is the
	 * sentence's subject.
	 */
	final Set<String> topicMarkers = new HashSet<>();

	/** The measure of an amount of money of a commodity that names none: its price. */
	final Measure commodityMeasure;

	/** The measure of a count told after a word of holding (يتسع لـ): the capacity. */
	final Measure capacityMeasure;

	/** Words of holding (يتسع, الطاقة الاستيعابية, بسعة). */
	final Set<String> capacityWords = new HashSet<>();

	/**
	 * The measure shown for a figure that names none, by its unit (a date, a time of day,
	 * a share).
	 */
	final Map<String, String> unitLabels = new HashMap<>();

	/**
	 * A count of a noun of units.yml in plain words ({@code label}: عدد المحتجزين),
	 * whatever spelling the article used.
	 */
	final Map<String, String> countLabels = new HashMap<>();

	/**
	 * The function words and prefixes of the grammar (frames.yml {@code grammar}),
	 * normalized.
	 */
	final String from, between, and, every, perPrefix, to, raiseStem, byPrefix, that;

	/** The first letters of an imperfect verb. */
	final String imperfectPrefixes;

	/** The endings of a perfect verb's dual and plural («تبادلا», «تراجعوا»). */
	final List<String> perfectEndings;

	/** The forms of «كان» that make a «قد» after them a past. */
	final Set<String> pluperfectLeads;

	@SuppressWarnings("unchecked")
	FrameLexicon() {
		Map<String, Object> f = Lexicons.load("frames");
		Map<String, Measure> measures = new HashMap<>();
		((Map<String, Map<String, Object>>) f.get("measures")).forEach((key, entry) -> {
			Set<String> toldAs = new HashSet<>();
			list(entry, "told-as").forEach(k -> toldAs.add(String.valueOf(k)));
			Measure measure = new Measure(key, String.valueOf(entry.get("label")),
					Boolean.TRUE.equals(entry.get("by-group")), Set.copyOf(toldAs),
					Boolean.TRUE.equals(entry.get("not-persons")), Boolean.TRUE.equals(entry.get("fixed")));
			measures.put(key, measure);
			measuresByKey.put(key, measure);
			for (Object unit : list(entry, "units")) {
				byUnit.put(String.valueOf(unit), measure);
			}
			Object partsOf = entry.get("parts");
			if (partsOf != null) {
				Map<String, Set<String>> byName = new HashMap<>();
				((Map<String, List<Object>>) partsOf).forEach((name, words) -> {
					Set<String> set = new HashSet<>();
					addAll(set, words);
					byName.put(name, set);
				});
				parts.put(key, byName);
			}
			for (Object event : list(entry, "events")) {
				byEvent.put(String.valueOf(event), measure);
			}
			List<Object> inUnits = list(entry, "in-units");
			for (Object term : list(entry, "terms")) {
				if (inUnits.isEmpty()) {
					putForms(byTerm, term, measure);
				}
				for (Object unit : inUnits) {
					putForms(byUnitTerm.computeIfAbsent(String.valueOf(unit), u -> new HashMap<>()), term, measure);
				}
			}
			for (Object term : list(entry, "after-head")) {
				putForms(afterHead, term, measure);
			}
		});
		((Map<String, Map<String, Object>>) f.get("generic-heads")).forEach((word, entry) -> {
			String norm = ArabicWords.normalize(word);
			genericHeadWords.add(norm);
			Object fallback = entry == null ? null : entry.get("default");
			if (fallback != null) {
				Measure measure = measures.get(String.valueOf(fallback));
				if (measure == null) {
					throw new IllegalStateException("frames.yml: generic head " + word + " has an unknown default");
				}
				genericHeads.put(norm, measure);
			}
		});
		headReach = ((Number) f.get("head-reach")).intValue();
		((List<Object>) f.get("generic-persons")).forEach(p -> genericPersons.add(String.valueOf(p)));
		((Map<String, Object>) f.get("persons-of-events")).forEach((unit, event) -> {
			if (!byEvent.containsKey(String.valueOf(event))) {
				throw new IllegalStateException(
						"frames.yml: persons-of-events " + unit + ": no measure counts " + event);
			}
			personsOfEvents.put(unit, String.valueOf(event));
		});
		((List<Object>) f.get("told-by-part")).forEach(u -> toldByPart.add(String.valueOf(u)));
		addAll(partMarkers, f.get("part-markers"));
		addAll(perMarkers, f.get("per-markers"));
		addAll(totalMarkers, f.get("total-markers"));
		addAll(placeHeads, f.get("place-heads"));
		addAll(levelLeads, f.get("level-leads"));
		for (Object q : (List<Object>) f.get("qualifiers")) {
			qualifiers.add(ArabicWords.lightStem(ArabicWords.normalize(String.valueOf(q))));
		}
		addAll(rateAdverbs, f.get("rate-adverbs"));
		for (Object phrase : (List<Object>) f.get("qualifier-phrases")) {
			qualifierPhrases
				.add(((List<Object>) phrase).stream().map(w -> ArabicWords.normalize(String.valueOf(w))).toList());
		}
		((Map<String, Object>) f.get("qualifier-equivalents")).forEach((phrase, qualifier) -> qualifierEquivalents.put(
				Arrays.stream(phrase.split(" +")).map(ArabicWords::normalize).toList(),
				ArabicWords.lightStem(ArabicWords.normalize(String.valueOf(qualifier)))));
		Map<String, Object> kinds = (Map<String, Object>) f.get("kinds");
		addAll(projection, kinds.get("projection"));
		addAll(may, kinds.get("may"));
		addAll(change, kinds.get("change"));
		addAll(shareChange, kinds.get("share-change"));
		addAll(changeVerbs, kinds.get("change-verbs"));
		addAll(levelReached, kinds.get("level-reached"));
		((List<Object>) kinds.get("change-units")).forEach(c -> changeUnits.add(String.valueOf(c)));
		Map<String, Object> times = (Map<String, Object>) f.get("times");
		addAll(before, times.get("before"));
		addAll(earlier, times.get("earlier"));
		addAll(later, times.get("later"));
		addAll(previousPeriod, times.get("previous-period"));
		addAll(pastMarkers, times.get("past-months"));
		addPhrases(now, times.get("now"));
		addAll(periods, times.get("periods"));
		addAll(periodStarts, times.get("period-starts"));
		((Map<String, Object>) times.get("weekdays")).forEach((day, number) -> {
			String norm = ArabicWords.normalize(day);
			weekdays.add(norm);
			weekdayNumbers.put(ArabicWords.stripArticle(norm), ((Number) number).intValue());
		});
		addAll(hours, times.get("hours"));
		addAll(untilHour, times.get("until-hour"));
		addAll(whenLinks, times.get("when-links"));
		addAll(then, times.get("then"));
		addAll(since, times.get("since"));
		((List<Object>) f.get("measuring-classes")).forEach(c -> measuringClasses.add(String.valueOf(c)));
		((Map<String, Object>) f.get("shared-units")).forEach((unit, own) -> {
			Measure measure = measures.get(String.valueOf(own));
			if (measure == null) {
				throw new IllegalStateException("frames.yml: shared unit " + unit + " names no measure");
			}
			sharedUnits.put(unit, measure);
		});
		((Map<String, Object>) f.get("secondary-events")).forEach((event, words) -> {
			for (Object w : (List<?>) words) {
				putForms(secondaryEvents, w, event);
			}
		});
		((Map<String, Object>) f.get("stances")).forEach((stance, words) -> {
			stanceNames.add(stance);
			for (Object w : (List<?>) words) {
				putForms(stances, w, stance);
			}
		});
		addAll(ofPrevious, f.get("of-previous"));
		addAll(countedAmong, f.get("counted-among"));
		addAll(aloneMarkers, f.get("alone-markers"));
		addPhrases(provisional, times.get("provisional"));
		addAll(commodities, f.get("commodities"));
		addAll(topicMarkers, f.get("topic-markers"));
		Map<String, Object> inst = (Map<String, Object>) f.get("institutions");
		addAll(institution, inst.get("one"));
		addAll(institutions, inst.get("all"));
		addAll(costVerbs, f.get("cost-verbs"));
		addAll(restatementMarkers, f.get("restatement-markers"));
		Map<String, Object> resp = (Map<String, Object>) f.get("respectively");
		respectivelyHead = ArabicWords.normalize(String.valueOf(resp.get("head")));
		addAll(respectively, resp.get("words"));
		addAll(contrastMarkers, f.get("contrast-markers"));
		addAll(durationHeads, f.get("duration-heads"));
		commodityMeasure = measures.get(String.valueOf(f.get("commodity-measure")));
		if (commodityMeasure == null) {
			throw new IllegalStateException("frames.yml: commodity-measure names no measure");
		}
		Map<String, Object> capacity = (Map<String, Object>) f.get("capacity");
		capacityMeasure = measures.get(String.valueOf(capacity.get("measure")));
		if (capacityMeasure == null) {
			throw new IllegalStateException("frames.yml: capacity names no measure");
		}
		addAll(capacityWords, capacity.get("words"));
		((Map<String, Object>) f.get("unit-labels"))
			.forEach((unit, label) -> unitLabels.put(unit, String.valueOf(label)));
		((Map<String, Map<String, Object>>) Lexicons.load("units").get("units")).forEach((unit, entry) -> {
			if (entry.get("label") != null) {
				countLabels.put(unit, String.valueOf(entry.get("label")));
			}
		});
		Map<String, Object> grammar = (Map<String, Object>) f.get("grammar");
		ArabicMorphology morphology = ArabicMorphology.get();
		from = ArabicWords.normalize(morphology.of);
		between = word(grammar, "between");
		and = ArabicWords.normalize(morphology.and);
		every = word(grammar, "every");
		perPrefix = ArabicWords.normalize(morphology.lam);
		to = word(grammar, "to");
		that = word(grammar, "that");
		raiseStem = word(grammar, "raise-stem");
		byPrefix = word(grammar, "by-prefix");
		perfectEndings = words(grammar, "perfect-endings");
		pluperfectLeads = new HashSet<>(words(grammar, "pluperfect-leads"));
		imperfectPrefixes = String.join("",
				((List<Object>) grammar.get("imperfect-prefixes")).stream()
					.map(w -> ArabicWords.normalize(String.valueOf(w)))
					.toList());
	}

	@SuppressWarnings("unchecked")
	private static List<String> words(Map<String, Object> grammar, String key) {
		return ((List<Object>) grammar.get(key)).stream().map(w -> ArabicWords.normalize(String.valueOf(w))).toList();
	}

	private static String word(Map<String, Object> grammar, String key) {
		Object w = grammar.get(key);
		if (w == null) {
			throw new IllegalStateException("frames.yml: grammar has no " + key);
		}
		return ArabicWords.normalize(String.valueOf(w));
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Map<String, Object> entry, String key) {
		Object value = entry.get(key);
		return value == null ? List.of() : (List<Object>) value;
	}

	/**
	 * A word under its folded form and that form without the article, first entry wins.
	 */
	private static <V> void putForms(Map<String, V> target, Object word, V value) {
		String norm = ArabicWords.normalize(String.valueOf(word));
		target.putIfAbsent(norm, value);
		target.putIfAbsent(ArabicWords.stripArticle(norm), value);
	}

	/** Phrases written as words separated by spaces, each folded. */
	private static void addPhrases(WordPhrases target, Object phrases) {
		for (Object phrase : (List<?>) phrases) {
			target.add(Arrays.stream(String.valueOf(phrase).split(" ")).map(ArabicWords::normalize).toList());
		}
	}

	private static void addAll(Set<String> target, Object words) {
		for (Object w : (List<?>) words) {
			String norm = ArabicWords.normalize(String.valueOf(w));
			target.add(norm);
		}
	}

	/** The first lookup form of the token that is in the set, or null. */
	static String form(Set<String> set, Token t) {
		if (set.contains(t.norm())) {
			return t.norm();
		}
		for (String c : t.candidates()) {
			if (set.contains(c)) {
				return c;
			}
		}
		return null;
	}

	/** Whether {@code word} is one of the token's lookup forms. */
	static boolean isForm(String word, Token t) {
		if (word.equals(t.norm())) {
			return true;
		}
		for (String c : t.candidates()) {
			if (word.equals(c)) {
				return true;
			}
		}
		return false;
	}

	/** Whether any lookup form of the token is in the set. */
	static boolean has(Set<String> set, Token t) {
		return form(set, t) != null;
	}

	/** The measure a term names for a figure told in {@code unit}, or null. */
	Measure unitTerm(Token t, String unit) {
		Map<String, Measure> terms = byUnitTerm.get(unit);
		Measure own = terms == null ? null : t.word().firstIn(terms);
		return own != null ? own : term(t);
	}

	Measure term(Token t) {
		return t.word().firstIn(byTerm);
	}

	/**
	 * The measure a word names after a generic head: a term, or a word that names it only
	 * there.
	 */
	Measure afterHead(Token t) {
		Measure m = term(t);
		if (m != null) {
			return m;
		}
		for (String c : t.candidates()) {
			m = afterHead.get(c);
			if (m != null) {
				return m;
			}
		}
		return null;
	}

	boolean isGenericHead(Token t) {
		return has(genericHeadWords, t);
	}

	Measure headDefault(Token t) {
		for (String c : t.candidates()) {
			if (genericHeads.containsKey(c)) {
				return genericHeads.get(c);
			}
		}
		return null;
	}

}
