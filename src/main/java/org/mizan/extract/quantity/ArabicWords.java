package org.mizan.extract.quantity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mizan.text.ArabicLetters;
import org.mizan.text.ArabicMorphology;

/**
 * Normalization, tokenization and light stemming of Arabic words; no lexicon, no story.
 */
final class ArabicWords {

	private static final ArabicMorphology MORPHOLOGY = ArabicMorphology.get();

	/** The article, the feminine ending (ه, for ة) and the function words من and في. */
	static final String ARTICLE = normalize(MORPHOLOGY.article);

	static final String FEMININE = normalize(MORPHOLOGY.feminine);

	static final String OF = normalize(MORPHOLOGY.of);

	static final String IN = normalize(MORPHOLOGY.in);

	/** The conjunction that joins names (و). */
	static final String AND = normalize(MORPHOLOGY.and);

	/** The one-letter prepositions taken off any word (ب, ل). */
	private static final String[] PREPOSITIONS = normalized(MORPHOLOGY.prepositions);

	/**
	 * What a word may start with before its stem: nothing, a conjunction or a
	 * preposition.
	 */
	static final String[] LEADING = leading();

	/**
	 * The article with the proclitic it may carry, longest first: وال, فال, بال, كال,
	 * then لل (ل glued to it) and ال.
	 */
	private static final String[] ARTICLES = articles();

	/**
	 * A conjunction and a preposition, then one of either: وب, ول, فب, فل, و, ف, ب, ل.
	 */
	private static final String[] PROCLITICS = proclitics();

	private static final String[] STEM_SUFFIXES = normalized(MORPHOLOGY.stemSuffixes);

	private static final String[] NISBA_ENDINGS = normalized(MORPHOLOGY.nisbaEndings);

	private static final String[] NISBA_PLURALS = normalized(MORPHOLOGY.nisbaPlurals);

	private static final String COUNTRY_ENDING = normalize(MORPHOLOGY.countryEnding);

	private static final String TANWEEN_ALIF = normalize(MORPHOLOGY.tanweenAlif);

	private static final String[] FEMININE_DUAL = normalized(MORPHOLOGY.feminineDual);

	/** Nisba and country endings and what a participant's key ends with instead. */
	private static final String[][] NAME_KEY_ENDINGS = MORPHOLOGY.nameKeyEndings.entrySet()
		.stream()
		.map(e -> new String[] { normalize(e.getKey()), normalize(e.getValue()) })
		.toArray(String[][]::new);

	private static final int ARTICLE_STEM_MIN = MORPHOLOGY.articleStemMin;

	private static final int PROCLITIC_STEM_MIN = MORPHOLOGY.procliticStemMin;

	private static final int PROCLITIC_TRIED_STEM_MIN = MORPHOLOGY.procliticTriedStemMin;

	private static final int SUFFIX_STEM_MIN = MORPHOLOGY.suffixStemMin;

	private static String[] normalized(List<String> forms) {
		return forms.stream().map(ArabicWords::normalize).toArray(String[]::new);
	}

	private static String[] leading() {
		List<String> out = new ArrayList<>();
		out.add("");
		out.addAll(List.of(normalized(MORPHOLOGY.conjunctions)));
		out.addAll(List.of(PREPOSITIONS));
		return out.toArray(String[]::new);
	}

	private static String[] articles() {
		String lam = normalize(MORPHOLOGY.lam);
		List<String> out = new ArrayList<>();
		for (String p : normalized(MORPHOLOGY.proclitics)) {
			if (!p.equals(lam)) {
				out.add(p + ARTICLE);
			}
		}
		out.add(normalize(MORPHOLOGY.lamArticle));
		out.add(ARTICLE);
		return out.toArray(String[]::new);
	}

	private static String[] proclitics() {
		String[] conjunctions = normalized(MORPHOLOGY.conjunctions);
		List<String> out = new ArrayList<>();
		for (String c : conjunctions) {
			for (String p : PREPOSITIONS) {
				out.add(c + p);
			}
		}
		out.addAll(List.of(conjunctions));
		out.addAll(List.of(PREPOSITIONS));
		return out.toArray(String[]::new);
	}

	private ArabicWords() {
	}

	static String normalize(String s) {
		return ArabicLetters.foldWord(s);
	}

	static String stripArticle(String norm) {
		int article = articleLength(norm);
		return article == 0 ? norm : norm.substring(article);
	}

	static boolean hasArticle(String norm) {
		return articleLength(norm) > 0;
	}

	/**
	 * The length of the article (with its proclitic) {@code norm} begins with, leaving a
	 * word of two letters.
	 */
	private static int articleLength(String norm) {
		for (String a : ARTICLES) {
			if (norm.startsWith(a) && norm.length() - a.length() >= ARTICLE_STEM_MIN) {
				return a.length();
			}
		}
		return 0;
	}

	/**
	 * The form the binder looks a word up under: the article off (with its proclitic), or
	 * else one proclitic off when the article's own vocabulary knows the rest. It depends
	 * on the article, so it is the binder's reading of the word, kept apart from the
	 * token's bare form ({@link org.mizan.text.ArticleTokens#bare}, a conjunction off),
	 * which depends on the word alone.
	 */
	static String stem(String norm, Set<String> vocabulary) {
		String stripped = stripArticle(norm);
		if (!stripped.equals(norm)) {
			return stripped;
		}
		for (String p : PROCLITICS) {
			if (norm.startsWith(p) && norm.length() - p.length() >= PROCLITIC_STEM_MIN) {
				String rest = norm.substring(p.length());
				if (vocabulary.contains(rest) || vocabulary.contains(ARTICLE + rest)) {
					return rest;
				}
			}
		}
		return norm;
	}

	/**
	 * Forms to look a word up under: as is, without article, without one proclitic,
	 * without tanween alif.
	 */
	static Set<String> candidates(String norm, String stem) {
		Set<String> out = new LinkedHashSet<>();
		out.add(norm);
		out.add(stem);
		out.add(stripArticle(norm));
		for (String p : PROCLITICS) {
			if (norm.startsWith(p) && norm.length() - p.length() >= PROCLITIC_TRIED_STEM_MIN) {
				String rest = norm.substring(p.length());
				out.add(rest);
				out.add(stripArticle(rest));
			}
		}
		List<String> withoutAlif = new ArrayList<>();
		for (String c : out) {
			if (c.endsWith(TANWEEN_ALIF) && c.length() >= 3) {
				withoutAlif.add(c.substring(0, c.length() - TANWEEN_ALIF.length()));
			}
		}
		out.addAll(withoutAlif);
		// the dual of a feminine noun, also after a proclitic («وطائرتان» -> طائره)
		List<String> singulars = new ArrayList<>();
		for (String c : out) {
			for (String dual : FEMININE_DUAL) {
				if (c.endsWith(dual) && c.length() > dual.length()) {
					singulars.add(c.substring(0, c.length() - dual.length()) + FEMININE);
					break;
				}
			}
		}
		out.addAll(singulars);
		return out;
	}

	/**
	 * The singular of a feminine noun in the dual (جولتين -> جوله), or the word.
	 */
	static String singularOfDual(String word) {
		for (String dual : FEMININE_DUAL) {
			if (word.endsWith(dual) && word.length() > dual.length()) {
				return word.substring(0, word.length() - dual.length()) + FEMININE;
			}
		}
		return word;
	}

	/**
	 * A light stem: no article or proclitic, no plural, dual, feminine or case ending.
	 */
	static String lightStem(String stem) {
		String s = stripArticle(stem);
		for (String suffix : STEM_SUFFIXES) {
			if (s.endsWith(suffix) && s.length() - suffix.length() >= SUFFIX_STEM_MIN) {
				return s.substring(0, s.length() - suffix.length());
			}
		}
		return s;
	}

	/**
	 * A participant's key: nisba and country share one (اليمني, اليمنيين, اليمنية ->
	 * يمني; كينيا -> كيني).
	 */
	static String nameKey(String stem) {
		String s = stripArticle(stem);
		for (String[] rule : NAME_KEY_ENDINGS) {
			if (s.endsWith(rule[0]) && s.length() - rule[0].length() >= 2) {
				return s.substring(0, s.length() - rule[0].length()) + rule[1];
			}
		}
		return s;
	}

	static boolean isNisba(String stem) {
		// on offsets into stem rather than on a copy without the article: asked of every
		// word near a number
		int from = articleLength(stem);
		int end = stem.length();
		if (stem.endsWith(COUNTRY_ENDING) && end - from > 4) {
			// a country (كينيا) reads as its nisba without the final alif
			end--;
		}
		if (end - from < 4) {
			return false;
		}
		for (String ending : NISBA_ENDINGS) {
			if (endsAt(stem, end, ending)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a word without article ends as a nisba's people plural (يمنيين). */
	static boolean hasNisbaPlural(String s) {
		for (String ending : NISBA_PLURALS) {
			if (s.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a word starts with one of the prepositions taken off any word. */
	static boolean startsWithPreposition(String norm) {
		for (String p : PREPOSITIONS) {
			if (norm.startsWith(p)) {
				return true;
			}
		}
		return false;
	}

	private static boolean endsAt(String s, int end, String suffix) {
		return s.startsWith(suffix, end - suffix.length());
	}

}
