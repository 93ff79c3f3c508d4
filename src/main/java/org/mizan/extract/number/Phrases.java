package org.mizan.extract.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.text.ArabicNormalizer;

/**
 * Multi-word lexicon entries matched on tokens, longest first. The first word may carry a conjunction or
 * preposition prefix ({@code بنحو}, {@code وأكثر}). Immutable.
 */
public final class Phrases<T> {

	private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

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
		List<Token> tokens = Tokenizer.tokenize(ArabicNormalizer.fold(phrase));
		String[] words = new String[tokens.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = tokens.get(i).text();
		}
		List<Entry<T>> list = this.byFirst.computeIfAbsent(words[0], k -> new ArrayList<>(2));
		list.add(new Entry<>(words, value));
		list.sort((a, b) -> b.words.length - a.words.length);
	}

	/** The longest phrase starting at token {@code i}, or null. */
	public Match<T> at(List<Token> tokens, int i) {
		if (i >= tokens.size()) {
			return null;
		}
		String first = tokens.get(i).text();
		Match<T> m = matchFrom(tokens, i, first);
		if (m == null && tokens.get(i).is(Token.Type.WORD)) {
			String stripped = NumberLexicon.stripConjunction(first);
			if (stripped != first) {
				m = matchFrom(tokens, i, stripped);
			}
		}
		return m;
	}

	public boolean contains(String word) {
		return this.byFirst.containsKey(word);
	}

	private Match<T> matchFrom(List<Token> tokens, int i, String first) {
		List<Entry<T>> candidates = this.byFirst.get(first);
		if (candidates == null) {
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
