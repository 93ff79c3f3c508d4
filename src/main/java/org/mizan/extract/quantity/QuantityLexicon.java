package org.mizan.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.mizan.text.ArabicMorphology;
import org.mizan.text.Lexicons;

/**
 * The binder's language knowledge, read from {@code units.yml}, {@code events.yml} and
 * {@code participants.yml}.
 */
final class QuantityLexicon {

	record Unit(String key, String unitClass, boolean plural) {
	}

	/**
	 * @param parties the event is between named parties (a meeting): {@link PartyEvents}
	 * reads it as a statement
	 * @param levelAfter words after which a number is the level the event reached, not
	 * the event's own quantity (ارتفع التضخم إلى 7.2 في المئة: the rate is 7.2%, whatever
	 * it rose from)
	 * @param ofPersons the event may count persons (a deal or an export counts goods: the
	 * prisoners of «صفقة تبادل» are not traded)
	 * @param agents who does the event tells its figures apart (each side's release in an
	 * exchange)
	 */
	record Cue(String eventClass, boolean sides, boolean parties, Set<String> levelAfter, boolean ofPersons,
			boolean agents) {
	}

	final Map<String, Unit> units = new HashMap<>();

	/**
	 * The possessive pronouns a counted plural may carry (morphology.yml), longest first.
	 */
	private final List<String> pronounSuffixes = ArabicMorphology.get().pronounSuffixes.stream()
		.map(ArabicWords::normalize)
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	/** The key of «others» in units.yml. */
	private static final String OTHERS = "others";

	/** The fewest letters a plural keeps once its pronoun is off. */
	private static final int STEM_MIN_POSSESSED = 3;

	final Map<String, Cue> cues = new HashMap<>();

	private final Map<String, Cue> personCues = new HashMap<>();

	/**
	 * unit key -> word after the noun -> the unit it names then (units.yml qualified).
	 */
	private final Map<String, Map<String, Unit>> qualified = new HashMap<>();

	final List<String> cueSuffixes = new ArrayList<>();

	/** Verbal nouns that are a cue only right before their number (إنقاذ 340 شخصاً). */
	private final Map<String, Cue> beforeNumberCues = new HashMap<>();

	/**
	 * Cues of an event only right after the persons it counts (events.yml after-count).
	 */
	private final Map<String, Cue> afterCountCues = new HashMap<>();

	/**
	 * Cues that may relay a source (نقلت ... عن), the particles that make them do so, and
	 * what undoes that.
	 */
	private final Set<String> relayCues = new HashSet<>();

	private final Set<String> relayParticles = new HashSet<>();

	private final Set<String> relayNotBefore = new HashSet<>();

	/**
	 * What every word that is a cue of an event between parties contains, normalized: the
	 * cue's key without a final ه (a dual's candidate ends in ه where the word has تين).
	 * A sentence without any of them has no such event, and need not be tokenized to know
	 * it.
	 */
	final List<String> partyCueCores = new ArrayList<>();

	final Set<String> numberWords = new HashSet<>();

	final Set<String> backPronouns = new HashSet<>();

	final Set<String> countQuestions = new HashSet<>();

	final Map<String, String> perPeriod = new HashMap<>();

	final Set<String> prepositions = new HashSet<>();

	final Set<String> heads = new HashSet<>();

	final Set<String> subjectVerbs = new HashSet<>();

	final Set<String> complementizers = new HashSet<>();

	/** Reporting verbs (attribution.yml {@code verbs}): each opens a statement. */
	final Set<String> reportingVerbs = new HashSet<>();

	/** The side markers by their first word, in lexicon order. */
	final Map<String, List<List<String>>> sideMarkersByFirstWord = new HashMap<>();

	final Set<String> common = new HashSet<>();

	/** Words between a verb and its agent after it (أفرج عنهم الجيش). */
	final Set<String> agentAfterVerb = new HashSet<>();

	/** Particles between an agent and its verb (الجيش لم يفرج). */
	final Set<String> agentBeforeVerb = new HashSet<>();

	/** The word before the name a spokesman speaks for (المتحدث باسم X). */
	final Set<String> speaksFor = new HashSet<>();

	/** Words with the article that are never a name's (الذي, اليوم). */
	final Set<String> notNames = new HashSet<>();

	/** The pronouns that make a head someone's (قواته). */
	private final Set<String> possessives = new HashSet<>();

	final String nisbaUnit;

	final String nisbaClass;

	@SuppressWarnings("unchecked")
	QuantityLexicon() {
		Map<String, Object> u = Lexicons.load("units");
		((Map<String, Map<String, Object>>) u.get("units")).forEach((key, entry) -> {
			String unitClass = (String) entry.get("class");
			addUnit(String.valueOf(entry.get("singular")), new Unit(key, unitClass, false));
			for (Object plural : (List<Object>) entry.getOrDefault("plurals", List.of())) {
				addUnit(String.valueOf(plural), new Unit(key, unitClass, true));
			}
		});
		Map<String, Unit> byKey = new HashMap<>();
		units.values().forEach(unit -> byKey.putIfAbsent(unit.key(), unit));
		((Map<String, Map<String, List<Object>>>) u.getOrDefault("qualified", Map.of())).forEach((key, others) -> {
			Map<String, Unit> after = new HashMap<>();
			others.forEach((other, words) -> words.forEach(w -> after.put(ArabicWords.normalize(String.valueOf(w)),
					Objects.requireNonNull(byKey.get(other), () -> "units.yml qualified: no unit " + other))));
			qualified.put(key, after);
		});
		Map<String, Object> nisba = (Map<String, Object>) u.get("nisba");
		nisbaUnit = (String) nisba.get("unit");
		nisbaClass = (String) nisba.get("class");
		addAll(numberWords, u.get("number-words"));
		addAll(backPronouns, u.get("back-pronouns"));
		addAll(countQuestions, u.get("count-questions"));
		((Map<String, List<Object>>) u.get("per-period")).forEach(
				(period, words) -> words.forEach(w -> perPeriod.put(ArabicWords.normalize(String.valueOf(w)), period)));
		Map<String, Object> e = Lexicons.load("events");
		((Map<String, Map<String, Object>>) e.get("events")).forEach((eventClass, entry) -> {
			Set<String> levelAfter = new HashSet<>();
			addAll(levelAfter, entry.getOrDefault("level-after", List.of()));
			Cue cue = new Cue(eventClass, Boolean.TRUE.equals(entry.get("sides")),
					Boolean.TRUE.equals(entry.get("parties")), Set.copyOf(levelAfter),
					!Boolean.FALSE.equals(entry.get("persons")), Boolean.TRUE.equals(entry.get("agents")));
			for (Object word : (List<Object>) entry.get("cues")) {
				cues.putIfAbsent(ArabicWords.normalize(String.valueOf(word)), cue);
			}
			for (Object word : (List<Object>) entry.getOrDefault("person-cues", List.of())) {
				personCues.putIfAbsent(ArabicWords.normalize(String.valueOf(word)), cue);
			}
			for (Object word : (List<Object>) entry.getOrDefault("before-number", List.of())) {
				beforeNumberCues.putIfAbsent(ArabicWords.normalize(String.valueOf(word)), cue);
			}
			for (Object word : (List<Object>) entry.getOrDefault("after-count", List.of())) {
				afterCountCues.putIfAbsent(ArabicWords.normalize(String.valueOf(word)), cue);
			}
		});
		((List<Object>) e.get("cue-suffixes")).forEach(s -> cueSuffixes.add(ArabicWords.normalize(String.valueOf(s))));
		Map<String, Object> relays = (Map<String, Object>) e.get("relays");
		addAll(relayCues, relays.get("cues"));
		addAll(relayParticles, relays.get("particles"));
		addAll(relayNotBefore, relays.get("not-before"));
		cues.forEach((key, cue) -> {
			if (cue.parties()) {
				partyCueCores.add(key.endsWith(ArabicWords.FEMININE) && key.length() > 1
						? key.substring(0, key.length() - ArabicWords.FEMININE.length()) : key);
			}
		});
		Map<String, Object> p = Lexicons.load("participants");
		addAll(prepositions, p.get("prepositions"));
		addAll(heads, p.get("heads"));
		addAll(subjectVerbs, p.get("subject-verbs"));
		addAll(complementizers, p.get("complementizers"));
		addAll(reportingVerbs, Lexicons.load("attribution").get("verbs"));
		addAll(common, p.get("common"));
		Map<String, Object> agents = (Map<String, Object>) p.get("agents");
		addAll(agentAfterVerb, agents.get("after-verb"));
		addAll(agentBeforeVerb, agents.get("before-verb"));
		addAll(speaksFor, agents.get("speaks-for"));
		addAll(possessives, ArabicMorphology.get().possessiveSuffixes);
		addAll(notNames, agents.get("not-names"));
		for (Object marker : (List<Object>) p.get("side-markers")) {
			List<String> words = ((List<Object>) marker).stream()
				.map(w -> ArabicWords.normalize(String.valueOf(w)))
				.toList();
			if (words.isEmpty()) {
				throw new IllegalStateException("participants.yml: an empty side marker");
			}
			sideMarkersByFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
		}
	}

	/**
	 * The unit a counted noun of {@code unit} names when the word after it is
	 * {@code next} («عنصر أمني»: security personnel, not a militant), or {@code unit}.
	 */
	Unit qualifiedBy(Unit unit, Token next, Token afterNext) {
		Map<String, Unit> after = qualified.get(unit.key());
		if (after == null || next == null) {
			return unit;
		}
		Unit other = afterNext == null ? null : after.get(next.norm() + " " + afterNext.norm());
		other = other != null ? other : after.get(next.norm());
		return other != null ? new Unit(other.key(), other.unitClass(), unit.plural()) : unit;
	}

	private void addUnit(String form, Unit unit) {
		String norm = ArabicWords.normalize(form);
		units.putIfAbsent(norm, unit);
		units.putIfAbsent(ArabicWords.lightStem(norm), unit);
	}

	private static void addAll(Set<String> target, Object words) {
		for (Object w : (List<?>) words) {
			target.add(ArabicWords.normalize(String.valueOf(w)));
		}
	}

	/**
	 * The unit a word names, also under its light stem (طالبة -> student), or as a plural
	 * with a possessive pronoun («من عناصرها» is of its members: militant).
	 */
	Unit unit(Word word) {
		Unit unit = exactUnit(word);
		if (unit == null) {
			unit = units.get(ArabicWords.lightStem(word.stem));
		}
		return unit != null ? unit : possessed(word.stem);
	}

	private Unit possessed(String stem) {
		for (String suffix : pronounSuffixes) {
			if (stem.endsWith(suffix) && stem.length() - suffix.length() >= STEM_MIN_POSSESSED) {
				Unit unit = units.get(stem.substring(0, stem.length() - suffix.length()));
				if (unit != null) {
					return unit;
				}
			}
		}
		return null;
	}

	/**
	 * The unit a word names as written, without stemming (so that a name like طالبان
	 * stays a name).
	 */
	Unit exactUnit(Word word) {
		return word.firstIn(units);
	}

	boolean isSubjectVerb(Word word) {
		return subjectVerbs.contains(word.norm) || subjectVerbs.contains(word.stem) || cue(word) != null;
	}

	/** A nisba plural of a people (اليمنيين) that is not a common word counts people. */
	boolean isPeoplePlural(Word word) {
		String s = ArabicWords.stripArticle(word.stem);
		return !isCommon(word) && s.length() >= 5 && ArabicWords.hasNisbaPlural(s);
	}

	Cue cue(Word word) {
		return word.cue(this);
	}

	/**
	 * Whether the cue at {@code j} relays a source rather than naming its event: a relay
	 * cue followed within four words by a relay particle that does not open a way
	 * ({@code نقلت الوكالة عن مصدر}, not {@code نقل عن طريق}).
	 */
	/** Whether the unit is «others» (آخرين): people of the kind of a figure before. */
	boolean isOthers(String unit) {
		return OTHERS.equals(unit);
	}

	/** Whether the word is a reporting verb, as written or after و/ف. */
	boolean reports(Token token) {
		String norm = token.norm();
		return reportingVerbs.contains(norm) || reportingVerbs.contains(token.stem())
				|| norm.length() > 1 && ArabicMorphology.get().conjunctions.contains(norm.substring(0, 1))
						&& reportingVerbs.contains(norm.substring(1));
	}

	boolean relays(List<Token> tokens, int j) {
		if (asCue(tokens.get(j).word(), form -> relayCues.contains(form) ? form : null) == null) {
			return false;
		}
		for (int k = j + 1; k < tokens.size() && k <= j + 4; k++) {
			if (relayParticles.contains(tokens.get(k).norm())) {
				return k + 1 >= tokens.size() || !relayNotBefore.contains(tokens.get(k + 1).norm());
			}
		}
		return false;
	}

	/**
	 * The event a word is a cue of, under any of its forms. A generic head is never one:
	 * وزارة is not و + زار + ة ("and he visited her"), however its letters split.
	 */
	private static final List<String> NO_SUFFIXES = List.of();

	/**
	 * Whether a folded word is «و» and a cue (وإجلاء), not a cue that begins with the
	 * letter (وفاة).
	 */
	boolean cueAfterConjunction(String norm) {
		return norm.length() > ArabicWords.AND.length() + 2 && norm.startsWith(ArabicWords.AND)
				&& !cues.containsKey(norm) && !beforeNumberCues.containsKey(norm);
	}

	/** The event of a verbal noun right before its number (إنقاذ 340 شخصاً), or null. */
	Cue cueBeforeNumber(Word word) {
		return word.firstIn(beforeNumberCues);
	}

	/**
	 * The event of a verb right after the persons it counts (10 آلاف شخص شاركوا), or
	 * null.
	 */
	Cue cueAfterCount(Word word) {
		return word.firstIn(afterCountCues);
	}

	Cue findCue(Word word) {
		return isHead(word) ? null : asCue(word, cues::get);
	}

	/**
	 * The event a word is a cue of when what is counted is a person: a cue of its own or
	 * one that names the event only of persons (أطلق 230 محتجزاً is a release, أطلق 30
	 * صاروخاً is not). A cue of an event that counts no persons is none.
	 */
	Cue cueOfPerson(Word word) {
		Cue cue = cue(word);
		if (cue != null) {
			return cue.ofPersons() ? cue : null;
		}
		return isHead(word) ? null : asCue(word, personCues::get);
	}

	/**
	 * What {@code table} gives for the word as a cue is written: under any of its forms,
	 * as is or without one conjugation or pronoun suffix (أرسلوا -> أرسل, نقلته -> نقل);
	 * null when nothing.
	 */
	private <T> T asCue(Word word, Function<String, T> table) {
		// a noun that names what is counted is no verb with a pronoun: «أسرة» folds to
		// «اسره», which is not «أسر» + «ه»
		Unit named = unit(word);
		boolean unitNoun = named != null;
		boolean personsNoun = unitNoun && "person".equals(named.unitClass()) && ArabicWords.hasArticle(word.norm);
		for (String c : word.candidates()) {
			// «الأسر المتضررة»: a definite noun of persons (families) is no verb of its
			// letters (أسر, captured), unless written as a cue with its article (القتلى)
			if (personsNoun && !c.equals(word.norm)) {
				continue;
			}
			T found = table.apply(c);
			if (found != null) {
				return found;
			}
			for (String suffix : unitNoun ? NO_SUFFIXES : cueSuffixes) {
				if (c.endsWith(suffix) && c.length() - suffix.length() >= 3) {
					found = table.apply(c.substring(0, c.length() - suffix.length()));
					if (found != null) {
						return found;
					}
				}
			}
		}
		return null;
	}

	/**
	 * Whether the word is a common noun, as written, stem, or with or without the
	 * article.
	 */
	boolean isCommon(Word word) {
		return word.isCommon(this);
	}

	/** {@link #isCommon} asked of the lexicon (the word remembers the answer). */
	boolean findCommon(Word word) {
		return common.contains(word.norm) || common.contains(word.stem)
				|| common.contains(ArabicWords.ARTICLE + word.stem)
				|| common.contains(ArabicWords.stripArticle(word.norm));
	}

	boolean isNumberWord(Word word) {
		return word.isDigits() || numberWords.contains(word.norm) || numberWords.contains(word.stem);
	}

	/** Whether a normalized word is written in events.yml as a cue, as it is. */
	boolean isCueWord(String norm) {
		return cues.containsKey(norm) || personCues.containsKey(norm);
	}

	/**
	 * Whether the word is a generic head with a possessive pronoun (قواته, حكومتها): the
	 * forces or government of someone named before.
	 */
	boolean isPossessedHead(Word word) {
		for (String suffix : possessives) {
			if (word.stem.endsWith(suffix) && word.stem.length() - suffix.length() >= STEM_MIN_POSSESSED) {
				String stem = word.stem.substring(0, word.stem.length() - suffix.length());
				if (heads.contains(stem) || heads.contains(ArabicWords.ARTICLE + stem)) {
					return true;
				}
			}
		}
		return false;
	}

	boolean isHead(Word word) {
		return heads.contains(word.norm) || heads.contains(word.stem)
				|| heads.contains(ArabicWords.ARTICLE + word.stem);
	}

}
