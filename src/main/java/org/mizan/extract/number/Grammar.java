package org.mizan.extract.number;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.text.ArabicMorphology;
import org.mizan.text.ArabicNormalizer;
import org.mizan.text.Lexicons;

/**
 * The grammar words of the number reader: its syntax's words from the {@code numbers}
 * lexicon ({@code grammar:}), and from the one Arabic morphology (morphology.yml) the
 * conjunction و, the article and the prefixes and endings a word may carry. Folded,
 * immutable, built once per JVM.
 */
public final class Grammar {

	final String conjunction;

	final Set<String> or;

	final String article;

	final List<String> prefixes;

	final Set<String> digitPrefixes;

	private final List<String> cuePrefixes;

	final String overWhole;

	final List<String> partOf;

	final List<String> oneOf;

	final List<String> dualEndings;

	final String dualConstructFeminine;

	/**
	 * The feminine ending, folded (ه), and ta marbuta written open before a suffix (ت).
	 */
	final String feminine;

	final String feminineJoined;

	/**
	 * @param grammar the number syntax's words ({@code grammar:} in numbers.yml)
	 * @param morphology the conjunction, the article and the prefixes and endings a
	 * number word takes; the cue prefixes are its one-letter conjunctions and
	 * prepositions
	 */
	Grammar(Map<String, Object> grammar, ArabicMorphology morphology) {
		this.conjunction = fold(morphology.and);
		this.or = Set.copyOf(folded(grammar, "or"));
		this.article = fold(morphology.article);
		this.prefixes = folded(morphology.numberPrefixes);
		this.digitPrefixes = Set.copyOf(folded(morphology.digitPrefixes));
		List<String> cue = new ArrayList<>(morphology.conjunctions);
		cue.addAll(morphology.prepositions);
		this.cuePrefixes = folded(cue);
		this.overWhole = fold(grammar.get("over_whole"));
		this.partOf = folded(grammar, "part_of");
		this.oneOf = folded(grammar, "one_of");
		this.dualEndings = folded(morphology.dualEndings);
		this.dualConstructFeminine = fold(morphology.dualConstructFeminine);
		this.feminine = fold(morphology.feminine);
		this.feminineJoined = fold(morphology.feminineJoined);
	}

	public static Grammar shared() {
		return Shared.INSTANCE;
	}

	/** A folded word without one leading cue prefix (و، ف، ب، ل), or the word itself. */
	public String stripCuePrefix(String word) {
		if (word.length() > 2) {
			for (String p : this.cuePrefixes) {
				if (word.startsWith(p)) {
					return word.substring(p.length());
				}
			}
		}
		return word;
	}

	/** The one-letter prefixes of cue words (و، ف، ب، ل). */
	public List<String> cuePrefixes() {
		return Collections.unmodifiableList(this.cuePrefixes);
	}

	/** The definite article ال, folded. */
	public String article() {
		return this.article;
	}

	public boolean isConjunction(String word) {
		return this.conjunction.equals(word);
	}

	boolean startsWithConjunction(String word) {
		return word.startsWith(this.conjunction);
	}

	boolean isOr(String word) {
		return this.or.contains(word);
	}

	private static String fold(Object o) {
		return ArabicNormalizer.fold(String.valueOf(o));
	}

	@SuppressWarnings("unchecked")
	private static List<String> folded(Map<String, Object> grammar, String key) {
		return folded((List<Object>) grammar.get(key));
	}

	private static List<String> folded(List<?> words) {
		return words.stream().map(Grammar::fold).toList();
	}

	private static final class Shared {

		@SuppressWarnings("unchecked")
		static final Grammar INSTANCE = new Grammar((Map<String, Object>) Lexicons.load("numbers").get("grammar"),
				ArabicMorphology.get());

	}

}
