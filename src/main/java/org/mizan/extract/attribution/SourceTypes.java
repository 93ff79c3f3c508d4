package org.mizan.extract.attribution;

import java.util.List;
import java.util.Map;

import org.mizan.extract.SourceType;

/**
 * The type of a source from its head noun, its quotation marks and its proper names
 * (types are lexicon data).
 */
final class SourceTypes {

	private final CueLexicon lex;

	SourceTypes(CueLexicon lex) {
		this.lex = lex;
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
		for (Map.Entry<SourceType, List<String[]>> e : lex.types.entrySet()) {
			for (String[] head : e.getValue()) {
				if (startsWith(words, 0, head)
						|| words.length > 1 && lex.oneOf.contains(words[0]) && startsWith(words, 1, head)) {
					return e.getKey();
				}
			}
		}
		return null;
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
