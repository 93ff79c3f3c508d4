package org.mizan.extract.attribution;

import java.util.TreeSet;

/**
 * A statement's content words, folded, without function words and light prefixes, sorted:
 * a bag to match by overlap.
 */
final class StatementKeys {

	private final CueLexicon lex;

	StatementKeys(CueLexicon lex) {
		this.lex = lex;
	}

	String of(String statement) {
		TreeSet<String> bag = new TreeSet<>();
		for (String w : Norm.plain(statement).split(" ")) {
			if (w.isEmpty() || lex.stopwords.contains(w)) {
				continue;
			}
			String stem = stem(w);
			if (stem.length() > 1 && !lex.stopwords.contains(stem)) {
				bag.add(stem);
			}
		}
		return String.join(" ", bag);
	}

	private String stem(String w) {
		if (Character.isDigit(w.charAt(0))) {
			return w;
		}
		for (String p : lex.statementPrefixes) {
			if (w.startsWith(p) && w.length() - p.length() >= 3) {
				return w.substring(p.length());
			}
		}
		return w;
	}

}
