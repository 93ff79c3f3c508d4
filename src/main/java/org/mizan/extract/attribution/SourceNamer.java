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
		if (dropLam && !name.isEmpty() && Norm.fold(name).charAt(0) == 'ل') {
			name = Norm.fold(name).startsWith("لل") ? "ا" + name.substring(1) : name.substring(1);
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
			while (words.size() > 1 && (headType(words.get(0)) == SourceType.PERSON || words.get(0).startsWith("ال"))) {
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
			out.add(w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w);
		}
		return String.join(" ", out);
	}

	/**
	 * A word with a glued lam, without it: «للادعاءات» is «الادعاءات», «لخبير» is «خبير».
	 */
	static String unglue(String folded) {
		return folded.startsWith("لل") ? "ا" + folded.substring(1) : folded.substring(1);
	}

	private static boolean nisba(String w) {
		return w.startsWith("ال") && (w.endsWith("يه") || w.endsWith("ي"));
	}

}
