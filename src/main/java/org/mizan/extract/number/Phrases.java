package org.mizan.extract.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.text.ArabicNormalizer;

/**
 * Multi-word lexicon entries matched on tokens, longest first. The first word may carry a
 * conjunction or preposition prefix ({@code بنحو}, {@code وأكثر}). Immutable.
 */
public final class Phrases<T> {

	/**
	 * The entries by their first word as written, and under it with a cue prefix (بنحو،
	 * وأكثر): one lookup a token.
	 */
	private final Map<String, Firsts<T>> byFirst = new HashMap<>();

	/** The entries a first word opens: as written, and with a cue prefix. */
	private record Firsts<T>(List<Entry<T>> plain, List<Entry<T>> prefixed) {

		Firsts() {
			this(new ArrayList<>(2), new ArrayList<>(2));
		}

	}

	private record Entry<T>(String[] words, T value) {
	}

	/** A phrase found at tokens [start, end). */
	public record Match<T>(int start, int end, T value) {
	}

	public static Phrases<String> ofMap(Map<String, Object> map) {
		Phrases<String> p = new Phrases<>();
		map.forEach((k, v) -> p.add(k, String.valueOf(v)));
		return p;
	}

	public static Phrases<String> ofList(List<Object> list) {
		Phrases<String> p = new Phrases<>();
		list.forEach(k -> p.add(k.toString(), ArabicNormalizer.fold(k.toString())));
		return p;
	}

	public void add(String phrase, T value) {
		List<Token> tokens = NumberTokens.of(ArabicNormalizer.fold(phrase));
		String[] words = new String[tokens.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = tokens.get(i).text();
		}
		Entry<T> entry = new Entry<>(words, value);
		insert(this.byFirst.computeIfAbsent(words[0], k -> new Firsts<>()).plain(), entry);
		if (tokens.get(0).is(Token.Type.WORD)) {
			for (String p : Grammar.shared().cuePrefixes()) {
				insert(this.byFirst.computeIfAbsent(p + words[0], k -> new Firsts<>()).prefixed(), entry);
			}
		}
	}

	private static <T> void insert(List<Entry<T>> list, Entry<T> entry) {
		list.add(entry);
		list.sort((a, b) -> b.words.length - a.words.length);
	}

	/** The longest phrase starting at token {@code i}, or null. */
	public Match<T> at(List<Token> tokens, int i) {
		if (i >= tokens.size()) {
			return null;
		}
		Firsts<T> firsts = this.byFirst.get(tokens.get(i).text());
		if (firsts == null) {
			return null;
		}
		Match<T> m = matchFrom(firsts.plain(), tokens, i);
		return m != null ? m : matchFrom(firsts.prefixed(), tokens, i);
	}

	public boolean contains(String word) {
		Firsts<T> firsts = this.byFirst.get(word);
		return firsts != null && !firsts.plain().isEmpty();
	}

	private Match<T> matchFrom(List<Entry<T>> candidates, List<Token> tokens, int i) {
		if (candidates.isEmpty()) {
			return null;
		}
		for (Entry<T> e : candidates) {
			if (i + e.words.length > tokens.size()) {
				continue;
			}
			boolean ok = true;
			for (int k = 1; k < e.words.length && ok; k++) {
				ok = tokens.get(i + k).text().equals(e.words[k]);
			}
			if (ok) {
				return new Match<>(i, i + e.words.length, e.value);
			}
		}
		return null;
	}

}
