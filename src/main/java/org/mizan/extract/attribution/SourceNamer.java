package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mizan.extract.SourceType;

/** Reads a source's noun phrase around a cue, and gives it a type and a key. */
final class SourceNamer {

	/** A source phrase: tokens [from, to), shown as name; lam is true when a glued ل (لخبير) is not part of it. */
	record Phrase(int from, int to, String name, String key, SourceType type) {
	}

	private static final int MAX_WORDS = 8;

	private final CueLexicon lex;

	SourceNamer(CueLexicon lex) {
		this.lex = lex;
	}

	/** The phrase read forward from token k, or null. */
	Phrase forward(TokenText tt, int k, boolean dropLam) {
		int end = tt.sentenceEnd(k);
		while (k < end && tt.at(k).word() && adverbial(tt.at(k))) {
			k++;
		}
		int e = k;
		int words = 0;
		while (e < end && words < MAX_WORDS) {
			Token t = tt.at(e);
			if (t.word()) {
				if (words > 0 && (stops(t) || lex.adverbs.match(tt.tokens, e) >= 0 || adverbial(t)
						|| addressee(t))) {
					break;
				}
				words++;
				e++;
			}
			else if (t.quote() && tt.quoteMate[e] > e && tt.quoteMate[e] - e <= 6) {
				words += tt.quoteMate[e] - e - 1;
				e = tt.quoteMate[e] + 1;
			}
			else if (t.quote() && words > 0 && !Norm.isOpeningQuote(t.text().charAt(0)) && tt.quoteMate[e] < 0
					&& t.text().charAt(0) != '"') {
				e++;
			}
			else {
				break;
			}
		}
		if (words == 0) {
			return null;
		}
		Phrase p = phrase(tt, k, e, dropLam);
		return apposition(tt, p, end);
	}

	/** The phrase read backward from token b (inclusive) down to the start of its sentence, or null. */
	Phrase backward(TokenText tt, int b) {
		int floor = tt.sentenceStart(b);
		int s = b + 1;
		int words = 0;
		for (int i = b; i >= floor && words < MAX_WORDS - 1; i--) {
			Token t = tt.at(i);
			if (t.word()) {
				if (lex.backBoundaries.contains(t.norm()) || lex.boundaries.contains(t.norm()) || lex.verbs.contains(t.bare())) {
					break;
				}
				words++;
				s = i;
			}
			else if (t.quote()) {
				s = i;
			}
			else {
				break;
			}
		}
		while (s <= b && tt.at(s).quote() && (tt.quoteMate[s] < 0 || tt.quoteMate[s] > b)) {
			s++;
		}
		return words == 0 || s > b ? null : phrase(tt, s, b + 1, false);
	}

	private boolean stops(Token t) {
		return lex.boundaries.contains(t.norm()) || lex.verbs.contains(t.bare()) ;
	}

	/** An accusative adverb (علناً, رسمياً) ends a name. */
	private static boolean adverbial(Token t) {
		return t.text().endsWith("اً") || t.text().endsWith("ًا");
	}

	/** «لصحيفة», «لـ» after a name: the addressee, not the source. */
	private boolean addressee(Token t) {
		return t.norm().equals("ل") || t.norm().length() > 3 && t.norm().charAt(0) == 'ل' && headType(t.norm().substring(1)) != null;
	}

	/** «موقع آخر، هو “X”»: the quoted appositive is the name; «الرئيس السابق ...، غسان سلامة،»: the person. */
	private Phrase apposition(TokenText tt, Phrase p, int end) {
		int c = p.to();
		for (int hop = 0; c < end && hop < 6 && !tt.at(c).isChar('،') && !tt.at(c).isChar(','); hop++) {
			if (!tt.at(c).word() || lex.verbs.contains(tt.at(c).bare()) || tt.at(c).is("ان") || tt.at(c).is("بان")) {
				return p;
			}
			c++;
		}
		if (c + 1 >= end || !(tt.at(c).isChar('،') || tt.at(c).isChar(','))) {
			return p;
		}
		Token next = tt.at(c + 1);
		if ((next.is("هو") || next.is("هي")) && c + 2 < end && tt.at(c + 2).quote() && tt.quoteMate[c + 2] > c + 2) {
			int close = tt.quoteMate[c + 2];
			Phrase named = phrase(tt, c + 2, close + 1, false);
			SourceType head = headType(Norm.plain(p.name()));
			return new Phrase(named.from(), named.to(), named.name(), named.key(), head == null ? SourceType.OUTLET : head);
		}
		if (p.type() == SourceType.OFFICIAL || p.type() == SourceType.ORGANISATION) {
			int n = c + 1;
			while (n < end && n - c <= 3 && tt.at(n).word() && !tt.at(n).norm().startsWith("ال")
					&& !lex.boundaries.contains(tt.at(n).norm())) {
				n++;
			}
			boolean closed = n < end && (tt.at(n).isChar('،') || tt.at(n).isChar(':') || tt.at(n).norm().startsWith("ل"));
			if (n - c - 1 >= 2 && closed) {
				String person = tt.slice(c + 1, n);
				return new Phrase(p.from(), n, tt.slice(p.from(), n), key(person, SourceType.PERSON), p.type());
			}
		}
		return p;
	}

	/** A word with a glued lam, without it: «للادعاءات» is «الادعاءات», «لخبير» is «خبير». */
	static String unglue(String folded) {
		return folded.startsWith("لل") ? "ا" + folded.substring(1) : folded.substring(1);
	}

	Phrase phrase(TokenText tt, int from, int to, boolean dropLam) {
		String name = tt.slice(from, to);
		if (dropLam && !name.isEmpty() && Norm.fold(name).charAt(0) == 'ل') {
			name = Norm.fold(name).startsWith("لل") ? "ا" + name.substring(1) : name.substring(1);
		}
		SourceType type = type(name);
		return new Phrase(from, to, name, key(name, type), type);
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
		if (type == null && words.length <= 3 && !words[0].startsWith("ال")) {
			return SourceType.PERSON;
		}
		return type;
	}

	/** The type of the head noun at the start of a folded phrase (an «أحد» may stand before it). */
	SourceType headType(String plain) {
		String[] words = plain.split(" ");
		for (Map.Entry<SourceType, List<String[]>> e : lex.types.entrySet()) {
			for (String[] head : e.getValue()) {
				if (startsWith(words, 0, head) || words.length > 1 && words[0].equals("احد") && startsWith(words, 1, head)) {
					return e.getKey();
				}
			}
		}
		return null;
	}

	private boolean hasProperName(String[] words) {
		for (int i = 1; i < words.length; i++) {
			if (!words[i].startsWith("ال") && !lex.stopwords.contains(words[i])) {
				return true;
			}
		}
		return false;
	}

	/** The normalized key: quotes, type nouns and outlet descriptors dropped, and the ال of each word. */
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

	private static boolean nisba(String w) {
		return w.startsWith("ال") && (w.endsWith("يه") || w.endsWith("ي"));
	}

	private static boolean startsWith(String[] words, int at, String[] head) {
		if (words.length - at < head.length) {
			return false;
		}
		for (int i = 0; i < head.length; i++) {
			String w = words[at + i];
			if (!(w.equals(head[i]) || i == 0 && w.length() > 2 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب')
					&& w.substring(1).equals(head[i]))) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(String[] words, String[] cue) {
		for (int i = 0; i + cue.length <= words.length; i++) {
			if (startsWith(words, i, cue)) {
				return true;
			}
		}
		return false;
	}

}
