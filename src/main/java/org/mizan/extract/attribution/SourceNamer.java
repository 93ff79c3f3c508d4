package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import org.mizan.extract.SourceType;

/**
 * Names a source: its shown name, its type and its normalized key, from a token span or a
 * name as written.
 */
final class SourceNamer {

	private final CueLexicon lex;

	private final SourceTypes types;

	SourceNamer(CueLexicon lex) {
		this.lex = lex;
		this.types = new SourceTypes(lex);
	}

	/**
	 * The source named by tokens [from, to); with dropLam, without a glued ل on its first
	 * word.
	 */
	SourcePhrase phrase(TokenText tt, int from, int to, boolean dropLam) {
		String name = tt.slice(from, to);
		if (dropLam && !name.isEmpty() && Norm.fold(name).startsWith(lex.lam)) {
			String rest = name.substring(lex.lam.length());
			name = Norm.fold(name).startsWith(lex.lamArticle) ? lex.articleAlef + rest : rest;
		}
		SourceType type = type(name);
		return new SourcePhrase(from, to, name, key(name, type), type);
	}

	SourceType type(String name) {
		return types.type(name);
	}

	/**
	 * The type of the head noun at the start of a folded phrase (an «أحد» may stand
	 * before it).
	 */
	SourceType headType(String plain) {
		return types.headType(plain);
	}

	/**
	 * The normalized key: quotes, type nouns and outlet descriptors dropped, and the ال
	 * of each word.
	 */
	String key(String name, SourceType type) {
		List<String> words = new ArrayList<>(List.of(Norm.plain(name).split(" ")));
		boolean quoted = name.chars().anyMatch(ch -> Norm.isQuote((char) ch));
		if (type == SourceType.PERSON && words.size() > 1 && headType(words.get(0)) == SourceType.PERSON) {
			while (words.size() > 1
					&& (headType(words.get(0)) == SourceType.PERSON || words.get(0).startsWith(lex.article))) {
				words.remove(0);
			}
		}
		words.removeIf(lex.keyDrop::contains);
		boolean outlet = type == SourceType.OUTLET || type == SourceType.AGENCY || quoted;
		while (outlet && words.size() > 1 && nisba(words.get(words.size() - 1))
				&& !(words.size() == 2 && lex.genericHeads.contains(words.get(0)))) {
			words.remove(words.size() - 1);
		}
		List<String> out = new ArrayList<>();
		for (String w : words) {
			out.add(w.startsWith(lex.article) && w.length() > 4 ? w.substring(lex.article.length()) : w);
		}
		return String.join(" ", out);
	}

	private boolean nisba(String w) {
		return w.startsWith(lex.article) && lex.nisbaEndings.stream().anyMatch(w::endsWith);
	}

}
