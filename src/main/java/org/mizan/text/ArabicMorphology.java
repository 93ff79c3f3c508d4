package org.mizan.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one Arabic morphology, read from {@code morphology.yml}: the proclitics, the
 * article, the suffixes and the function words the readers of words take off or look for.
 * Forms are given as written in the lexicon; each reader folds them as it folds its
 * words.
 */
public final class ArabicMorphology {

	/** The conjunctions و and ف. */
	public final List<String> conjunctions;

	/** The conjunction و alone. */
	public final String and;

	/** The one-letter prepositions taken off any word (ب, ل). */
	public final List<String> prepositions;

	/** Every one-letter proclitic (و ف ب ل ك). */
	public final List<String> proclitics;

	/** The prefixes a number word may carry, longest first: proclitics, the article. */
	public final List<String> numberPrefixes;

	/** The prefixes that may be glued to digits without making them part of a name. */
	public final List<String> digitPrefixes;

	/** The article with the proclitics it may follow, as written. */
	public final List<String> definitePrefixes;

	/** The prefixes a statement word's key drops, in the order they are tried. */
	public final List<String> statementPrefixes;

	/** An accusative adverb's endings, as written with the tanween. */
	public final List<String> adverbEndings;

	/** The preposition ل, and ل glued to the article (لل). */
	public final String lam;

	public final String lamArticle;

	/** The definite article. */
	public final String article;

	/** The fewest letters a word keeps once the article or a proclitic is off. */
	public final int conjunctionStemMin;

	public final int articleStemMin;

	public final int procliticStemMin;

	public final int procliticTriedStemMin;

	/** The fewest letters a light stem keeps once a suffix is off. */
	public final int suffixStemMin;

	/** Ta marbuta written open before a suffix: ت. */
	public final String feminineJoined;

	public final String feminine;

	public final String tanweenAlif;

	public final List<String> feminineDual;

	/** The dual endings of a counted noun; a noun in ة takes ت before them. */
	public final List<String> dualEndings;

	/** The ending of a feminine noun's construct dual after its ت (رحلتا). */
	public final String dualConstructFeminine;

	public final List<String> stemSuffixes;

	public final List<String> nisbaEndings;

	public final List<String> nisbaPlurals;

	public final String countryEnding;

	/** A participant key's endings: what a word ends with, and what its key ends with. */
	public final Map<String, String> nameKeyEndings;

	public final List<String> pronounSuffixes;

	/** The possessive pronouns a head noun may carry, ه among them. */
	public final List<String> possessiveSuffixes;

	/** The function words من and في. */
	public final String of;

	public final String in;

	private ArabicMorphology(Map<String, Object> yml) {
		this.conjunctions = list(yml, "conjunctions");
		this.and = string(yml, "and");
		this.prepositions = list(yml, "prepositions");
		this.proclitics = list(yml, "proclitics");
		this.numberPrefixes = list(yml, "number_prefixes");
		this.digitPrefixes = list(yml, "digit_prefixes");
		this.definitePrefixes = list(yml, "definite_prefixes");
		this.statementPrefixes = list(yml, "statement_prefixes");
		this.adverbEndings = list(yml, "adverb_endings");
		this.lam = string(yml, "lam");
		this.lamArticle = string(yml, "lam_article");
		this.article = string(yml, "article");
		Map<?, ?> stemMin = (Map<?, ?>) required(yml, "stem_min");
		this.conjunctionStemMin = number(stemMin, "conjunction");
		this.articleStemMin = number(stemMin, "article");
		this.procliticStemMin = number(stemMin, "proclitic");
		this.procliticTriedStemMin = number(stemMin, "proclitic_tried");
		this.suffixStemMin = number(stemMin, "suffix");
		this.feminine = string(yml, "feminine");
		this.feminineJoined = string(yml, "feminine_joined");
		this.tanweenAlif = string(yml, "tanween_alif");
		this.feminineDual = list(yml, "feminine_dual");
		this.dualEndings = list(yml, "dual_endings");
		this.dualConstructFeminine = string(yml, "dual_construct_feminine");
		this.stemSuffixes = list(yml, "stem_suffixes");
		this.nisbaEndings = list(yml, "nisba_endings");
		this.nisbaPlurals = list(yml, "nisba_plurals");
		this.countryEnding = string(yml, "country_ending");
		Map<String, String> endings = new LinkedHashMap<>();
		((Map<?, ?>) required(yml, "name_key_endings"))
			.forEach((ending, key) -> endings.put(String.valueOf(ending), String.valueOf(key)));
		this.nameKeyEndings = Collections.unmodifiableMap(endings);
		this.pronounSuffixes = list(yml, "pronoun_suffixes");
		this.possessiveSuffixes = list(yml, "possessive_suffixes");
		this.of = string(yml, "of");
		this.in = string(yml, "in");
	}

	/**
	 * A word's bare form: the word without a leading conjunction, when it keeps
	 * {@code stem_min.conjunction} letters («وقال» is قال); else the word.
	 */
	public String withoutConjunction(String form) {
		if (form.length() - 1 < conjunctionStemMin) {
			return form;
		}
		String first = form.substring(0, 1);
		return conjunctions.contains(first) ? form.substring(1) : form;
	}

	/** The morphology of the loaded lexicon. */
	public static ArabicMorphology get() {
		return Holder.INSTANCE;
	}

	private static final class Holder {

		static final ArabicMorphology INSTANCE = new ArabicMorphology(Lexicons.load("morphology"));

	}

	private static Object required(Map<?, ?> yml, String key) {
		Object value = yml.get(key);
		if (value == null) {
			throw new IllegalStateException("morphology.yml: no " + key);
		}
		return value;
	}

	private static String string(Map<?, ?> yml, String key) {
		return String.valueOf(required(yml, key));
	}

	private static int number(Map<?, ?> yml, String key) {
		return ((Number) required(yml, key)).intValue();
	}

	private static List<String> list(Map<?, ?> yml, String key) {
		return ((List<?>) required(yml, key)).stream().map(String::valueOf).toList();
	}

}
