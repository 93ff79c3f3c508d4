package org.mizan.extract.number;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.text.ArabicNormalizer;
import org.mizan.text.Lexicons;

/**
 * The grammar words of the {@code numbers} lexicon ({@code grammar:}): the conjunction و,
 * the article, the prefixes a word may carry. Folded, immutable, built once per JVM.
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

	Grammar(Map<String, Object> grammar) {
		this.conjunction = fold(grammar.get("conjunction"));
		this.or = Set.copyOf(folded(grammar, "or"));
		this.article = fold(grammar.get("article"));
		this.prefixes = folded(grammar, "prefixes");
		this.digitPrefixes = Set.copyOf(folded(grammar, "digit_prefixes"));
		this.cuePrefixes = folded(grammar, "cue_prefixes");
		this.overWhole = fold(grammar.get("over_whole"));
		this.partOf = folded(grammar, "part_of");
		this.oneOf = folded(grammar, "one_of");
		this.dualEndings = folded(grammar, "dual_endings");
		this.dualConstructFeminine = fold(grammar.get("dual_construct_feminine"));
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
		return ((List<Object>) grammar.get(key)).stream().map(Grammar::fold).toList();
	}

	private static final class Shared {

		@SuppressWarnings("unchecked")
		static final Grammar INSTANCE = new Grammar((Map<String, Object>) Lexicons.load("numbers").get("grammar"));

	}

}
