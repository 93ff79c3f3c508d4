package org.mizan.extract.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.text.ArabicNormalizer;
import org.mizan.text.Lexicons;

/**
 * The {@code numbers} lexicon, folded and indexed once. Word readings are generated for
 * the spoken-Arabic {@code ث → ت} spelling and for hundreds written as one word
 * ({@code ثلاثمائة}, {@code تسعمية}). Immutable.
 */
final class NumberLexicon {

	private final Map<String, List<WordEntry>> words = new HashMap<>();

	private final Map<String, Lookup> lookups = new HashMap<>();

	final Set<String> ordinalsNeedArticle;

	final Map<String, Double> fractionsBeforeDefinite;

	final Set<String> decimalPoint;

	final Set<String> negative;

	final Set<String> percentBefore;

	final Phrases<String> percentAfter;

	final Set<String> multiplierPlural;

	final Set<String> multiplierDual;

	final Set<String> multiplierSingle;

	final Phrases<String> approxBefore;

	final Phrases<String> approxAfter;

	final Phrases<String> rangeBetween;

	final Phrases<String> rangeFrom;

	final Set<String> joinAfterFrom;

	final Set<String> ordinalNameHeads;

	/**
	 * Words after an ordinal that make it an age (الرابعة عشرة من عمره), with the unit
	 * the age is in.
	 */
	final Phrases<String> ageAfter;

	final Set<String> notNumbers;

	/** dual form → singular form of nouns that count themselves */
	final Map<String, String> dualCounted = new HashMap<>();

	/** Currencies whose dual is an amount of two (جنيهين = 2 EGP), by folded singular. */
	final Map<String, String> dualCurrencies = new HashMap<>();

	final Phrases<String> currencies;

	final Set<String> currencyQualifiers;

	final Set<String> timeCues;

	/** The commas that may stand between a lower and an upper bound, as written. */
	final String boundCommas;

	final Map<String, Double> fractionPlurals;

	final Phrases<String> fractionOver;

	final Set<String> rangeJoin;

	final Set<String> afterRound;

	final Grammar grammar;

	private final List<Prefix> prefixes = new ArrayList<>();

	/**
	 * A prefix a number word may carry, with what it tells and how long the word after it
	 * must be.
	 */
	private record Prefix(String text, int minStem, boolean article, boolean conjunction) {
	}

	NumberLexicon(Map<String, Object> lex) {
		this.grammar = Grammar.shared();
		String lam = this.grammar.article.substring(1);
		for (String p : this.grammar.prefixes) {
			boolean article = p.endsWith(this.grammar.article) || p.endsWith(lam + lam);
			boolean endsWithConjunction = this.grammar.isConjunction(p.substring(p.length() - 1));
			this.prefixes.add(new Prefix(p, endsWithConjunction || article ? 2 : 3, article,
					this.grammar.startsWithConjunction(p)));
		}
		addAll(lex, "units", WordClass.UNIT);
		addAll(lex, "teen_heads", WordClass.TEEN_HEAD);
		addAll(lex, "ten", WordClass.TEN);
		addAll(lex, "teens", WordClass.TEEN);
		addAll(lex, "tens", WordClass.TENS);
		addAll(lex, "hundreds", WordClass.HUNDRED);
		Map<String, Double> stems = numbers(lex, "hundred_stems");
		for (Object w : list(lex, "hundred_words")) {
			for (Map.Entry<String, Double> stem : stems.entrySet()) {
				add(stem.getKey() + ArabicNormalizer.fold(w.toString()), WordClass.HUNDRED, stem.getValue() * 100);
			}
		}
		Set<String> plural = set(lex, "plural_scales");
		for (Map.Entry<String, Double> e : numbers(lex, "scales").entrySet()) {
			add(e.getKey(), plural.contains(e.getKey()) ? WordClass.PLURAL_SCALE : WordClass.SCALE, e.getValue());
		}
		addAll(lex, "dual_scales", WordClass.DUAL_SCALE);
		addAll(lex, "ordinals", WordClass.ORDINAL);
		addAll(lex, "fractions", WordClass.FRACTION);
		addSpokenVariants(map(lex, "spoken_letters"));
		indexLookups();
		this.ordinalsNeedArticle = set(lex, "ordinals_need_article");
		this.fractionsBeforeDefinite = numbers(lex, "fractions_before_definite");
		this.decimalPoint = set(lex, "decimal_point");
		this.negative = set(lex, "negative");
		this.percentBefore = withCuePrefixes(set(lex, "percent_before"));
		this.percentAfter = Phrases.ofList(list(lex, "percent_after"));
		this.multiplierPlural = set(lex, "multiplier_plural");
		this.multiplierDual = withCuePrefixes(set(lex, "multiplier_dual"));
		this.multiplierSingle = withCuePrefixes(set(lex, "multiplier_single"));
		this.approxBefore = Phrases.ofMap(map(lex, "approx_before"));
		this.approxAfter = Phrases.ofMap(map(lex, "approx_after"));
		this.rangeBetween = Phrases.ofList(list(lex, "range_between"));
		this.rangeFrom = Phrases.ofList(list(lex, "range_from"));
		this.joinAfterFrom = set(lex, "range_join_after_from");
		this.ordinalNameHeads = set(lex, "ordinal_name_heads");
		this.ageAfter = Phrases.ofMap(map(lex, "age_after_ordinal"));
		this.notNumbers = withCuePrefixes(set(lex, "not_numbers"));
		Map<String, Object> codes = map(lex, "currencies");
		for (Object noun : list(lex, "dual_currencies")) {
			Object code = codes.get(noun.toString());
			if (code == null) {
				throw new IllegalStateException("numbers.yml: dual currency " + noun + " is not in currencies");
			}
			this.dualCurrencies.put(ArabicNormalizer.fold(noun.toString()), code.toString());
		}
		// a currency's final ه is a letter of its own (جنيه → جنيهين), not a ta marbuta
		this.dualCurrencies.keySet()
			.forEach(singular -> this.grammar.dualEndings
				.forEach(ending -> this.dualCounted.putIfAbsent(singular + ending, singular)));
		for (Object noun : list(lex, "dual_counted")) {
			String singular = ArabicNormalizer.fold(noun.toString());
			boolean feminine = singular.endsWith(this.grammar.feminine);
			String stem = feminine ? singular.substring(0, singular.length() - this.grammar.feminine.length())
					+ this.grammar.feminineJoined : singular;
			for (String ending : this.grammar.dualEndings) {
				this.dualCounted.putIfAbsent(stem + ending, singular);
			}
			if (feminine) {
				this.dualCounted.putIfAbsent(stem + this.grammar.dualConstructFeminine, singular);
			}
		}
		for (Map.Entry<String, String> dual : Map.copyOf(this.dualCounted).entrySet()) {
			for (Prefix p : this.prefixes) {
				this.dualCounted.putIfAbsent(p.text + dual.getKey(), dual.getValue());
			}
		}
		this.currencies = Phrases.ofMap(map(lex, "currencies"));
		this.currencyQualifiers = set(lex, "currency_qualifiers");
		this.timeCues = set(lex, "time_cues");
		this.boundCommas = String.valueOf(lex.get("bound_commas"));
		this.fractionPlurals = numbers(lex, "fraction_plurals");
		this.fractionOver = Phrases.ofList(list(lex, "fraction_over"));
		this.rangeJoin = set(lex, "range_join");
		this.afterRound = set(lex, "after_round");
	}

	/** The readings of a folded word as it stands, without stripping prefixes. */
	List<WordEntry> exact(String word) {
		return this.words.get(word);
	}

	/**
	 * The readings of a word, whole or after a prefix (و، ب، ل، ف، ك، ال), precomputed:
	 * one hash lookup.
	 */
	Lookup lookup(String word) {
		return this.lookups.get(word);
	}

	/**
	 * Every word form with a reading, with and without prefixes: the hot path allocates
	 * nothing.
	 */
	private void indexLookups() {
		this.words.forEach((w, entries) -> this.lookups.put(w, new Lookup(entries, 0, false, false)));
		for (Prefix p : this.prefixes) {
			this.words.forEach((w, entries) -> {
				if (w.length() >= p.minStem) {
					this.lookups.putIfAbsent(p.text + w,
							new Lookup(entries, p.text.length(), p.article, p.conjunction));
				}
			});
		}
	}

	/**
	 * A set and the same words after a cue prefix (وال، ب...), so that membership is one
	 * lookup.
	 */
	Set<String> withCuePrefixes(Set<String> words) {
		Set<String> out = new HashSet<>(words);
		for (String w : words) {
			for (String p : this.grammar.cuePrefixes()) {
				out.add(p + w);
			}
		}
		return out;
	}

	/** A folded word without one leading و، ف، ب or ل (for cue words). */
	static String stripConjunction(String word) {
		return Grammar.shared().stripCuePrefix(word);
	}

	/**
	 * @param prefix chars of the word before the number word
	 * @param article the prefix holds ال
	 * @param conjunction the prefix starts with و
	 */
	record Lookup(List<WordEntry> entries, int prefix, boolean article, boolean conjunction) {

		WordEntry of(WordClass type) {
			for (WordEntry e : this.entries) {
				if (e.type() == type) {
					return e;
				}
			}
			return null;
		}

	}

	private void addSpokenVariants(Map<String, Object> letters) {
		Map<String, List<WordEntry>> spoken = new HashMap<>();
		letters.forEach((written, said) -> {
			for (Map.Entry<String, List<WordEntry>> e : this.words.entrySet()) {
				if (e.getKey().contains(written)) {
					spoken.put(e.getKey().replace(written, said.toString()), e.getValue());
				}
			}
		});
		spoken.forEach(this.words::putIfAbsent);
	}

	private void addAll(Map<String, Object> lex, String key, WordClass type) {
		numbers(lex, key).forEach((w, v) -> add(w, type, v));
	}

	private void add(String folded, WordClass type, double value) {
		this.words.computeIfAbsent(folded, k -> new ArrayList<>(2)).add(new WordEntry(type, value));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> lex, String key) {
		Object v = lex.get(key);
		if (!(v instanceof Map)) {
			throw new IllegalStateException("lexicon key missing or not a mapping: " + key);
		}
		return (Map<String, Object>) v;
	}

	static Map<String, Double> numbers(Map<String, Object> lex, String key) {
		Map<String, Double> out = new HashMap<>();
		map(lex, key).forEach((k, v) -> out.put(ArabicNormalizer.fold(k), ((Number) v).doubleValue()));
		return out;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Map<String, Object> lex, String key) {
		Object v = lex.get(key);
		if (!(v instanceof List)) {
			throw new IllegalStateException("lexicon key missing or not a list: " + key);
		}
		return (List<Object>) v;
	}

	static Set<String> set(Map<String, Object> lex, String key) {
		Set<String> out = new HashSet<>();
		for (Object o : list(lex, key)) {
			out.add(ArabicNormalizer.fold(o.toString()));
		}
		return out;
	}

	/** The lexicon of this JVM, built once: recognizers are cheap to construct. */
	static NumberLexicon shared() {
		return Shared.INSTANCE;
	}

	private static final class Shared {

		static final NumberLexicon INSTANCE = new NumberLexicon(Lexicons.load("numbers"));

	}

}
