package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.extract.SourceType;

/**
 * The type of a source from its head noun, its quotation marks and its proper names
 * (types are lexicon data).
 */
final class SourceTypes {

	private final CueLexicon lex;

	/**
	 * The heads by their first word, each with its type and its place in the lexicon's
	 * order, which decides between two heads that both match.
	 */
	private final Map<String, List<Head>> headsByFirst = new HashMap<>();

	private record Head(int order, SourceType type, String[] words) {
	}

	SourceTypes(CueLexicon lex) {
		this.lex = lex;
		int order = 0;
		for (Map.Entry<SourceType, List<String[]>> e : lex.types.entrySet()) {
			for (String[] head : e.getValue()) {
				this.headsByFirst.computeIfAbsent(head[0], k -> new ArrayList<>())
					.add(new Head(order++, e.getKey(), head));
			}
		}
	}

	SourceType type(String name) {
		String plain = Norm.plain(name);
		String[] words = plain.split(" ");
		SourceType type = headType(plain);
		boolean quoted = name.chars().anyMatch(ch -> Norm.isQuote((char) ch));
		if (type == SourceType.PERSON && !hasProperName(words)) {
			return SourceType.ANONYMOUS;
		}
		if (type != null && type != SourceType.ANONYMOUS && !quoted) {
			for (String[] cue : lex.anonymousCues) {
				if (contains(words, cue)) {
					return SourceType.ANONYMOUS;
				}
			}
		}
		if (type == null && quoted) {
			return SourceType.OUTLET;
		}
		if (type == null && words.length <= 3 && !words[0].startsWith(lex.article)) {
			return SourceType.PERSON;
		}
		return type;
	}

	/**
	 * The type of the head noun at the start of a folded phrase (an «أحد» may stand
	 * before it).
	 */
	SourceType headType(String plain) {
		String[] words = plain.split(" ");
		Head best = firstHead(words, 0, null);
		if (words.length > 1 && lex.oneOf.contains(words[0])) {
			best = firstHead(words, 1, best);
		}
		return best == null ? null : best.type();
	}

	/**
	 * The head earliest in the lexicon's order that {@code words} start with at
	 * {@code at}, if it comes before {@code best}; the first word may carry a preposition
	 * (see {@link #startsWith}).
	 */
	private Head firstHead(String[] words, int at, Head best) {
		String first = words[at];
		best = firstHead(headsByFirst.get(first), words, at, best);
		if (first.length() > 2 && lex.headPrefixes.indexOf(first.charAt(0)) >= 0) {
			best = firstHead(headsByFirst.get(first.substring(1)), words, at, best);
		}
		return best;
	}

	private Head firstHead(List<Head> heads, String[] words, int at, Head best) {
		if (heads != null) {
			for (Head h : heads) {
				if ((best == null || h.order() < best.order()) && startsWith(words, at, h.words())) {
					return h;
				}
			}
		}
		return best;
	}

	private boolean hasProperName(String[] words) {
		for (int i = 1; i < words.length; i++) {
			if (!words[i].startsWith(lex.article) && !lex.stopwords.contains(words[i])) {
				return true;
			}
		}
		return false;
	}

	private boolean startsWith(String[] words, int at, String[] head) {
		if (words.length - at < head.length) {
			return false;
		}
		for (int i = 0; i < head.length; i++) {
			String w = words[at + i];
			if (!(w.equals(head[i]) || i == 0 && w.length() > 2 && lex.headPrefixes.indexOf(w.charAt(0)) >= 0
					&& w.substring(1).equals(head[i]))) {
				return false;
			}
		}
		return true;
	}

	private boolean contains(String[] words, String[] cue) {
		for (int i = 0; i + cue.length <= words.length; i++) {
			if (startsWith(words, i, cue)) {
				return true;
			}
		}
		return false;
	}

}
