package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import org.mizan.text.ArabicMorphology;

/**
 * A statement's content words, folded, without function words and light prefixes, sorted:
 * a bag to match by overlap.
 */
final class StatementKeys {

	private final CueLexicon lex;

	/**
	 * The statement prefixes by their first letter (U+0600 to U+06FF), in the lexicon's
	 * order: a word is tried only against the prefixes it can begin with.
	 */
	private final String[][] prefixesByArabicFirst = new String[0x100][];

	/** The prefixes, for a word that does not begin with an Arabic letter. */
	private final String[] allPrefixes;

	/** The letters a word keeps when a prefix comes off ({@code stem_min.proclitic}). */
	private final int stemMin = ArabicMorphology.get().procliticStemMin;

	StatementKeys(CueLexicon lex) {
		this.lex = lex;
		this.allPrefixes = lex.statementPrefixes.toArray(String[]::new);
		for (int c = 0; c < this.prefixesByArabicFirst.length; c++) {
			char letter = (char) ('\u0600' + c);
			this.prefixesByArabicFirst[c] = lex.statementPrefixes.stream()
				.filter(p -> p.charAt(0) == letter)
				.toArray(String[]::new);
		}
	}

	String of(String statement) {
		String plain = Norm.plain(statement);
		List<String> bag = new ArrayList<>();
		for (int i = 0, n = plain.length(); i < n;) {
			int end = plain.indexOf(' ', i);
			if (end < 0) {
				end = n;
			}
			if (end > i) {
				String w = plain.substring(i, end);
				if (!lex.stopwords.contains(w)) {
					String stem = stem(w);
					if (stem.length() > 1 && (stem == w || !lex.stopwords.contains(stem))) {
						bag.add(stem);
					}
				}
			}
			i = end + 1;
		}
		bag.sort(null);
		StringBuilder keys = new StringBuilder(plain.length());
		String last = null;
		for (String w : bag) {
			if (!w.equals(last)) {
				if (last != null) {
					keys.append(' ');
				}
				keys.append(w);
				last = w;
			}
		}
		return keys.toString();
	}

	private String stem(String w) {
		char first = w.charAt(0);
		if (Character.isDigit(first)) {
			return w;
		}
		String[] prefixes = first >= '\u0600' && first <= '\u06FF' ? prefixesByArabicFirst[first - '\u0600']
				: allPrefixes;
		for (String p : prefixes) {
			if (w.startsWith(p) && w.length() - p.length() >= stemMin) {
				return w.substring(p.length());
			}
		}
		return w;
	}

}
