package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The positions of folded phrases in their list, by first word: which phrases can start
 * at a token (its folded form, or that form without a conjunction), in list order,
 * without trying every phrase at every token.
 */
final class FirstWordIndex {

	private static final int[] NONE = {};

	private final Map<String, int[]> byFirstWord = new HashMap<>();

	/** Phrases that may start at any token (their first word is not fixed). */
	private final int[] anywhere;

	FirstWordIndex(List<String[]> phrases) {
		this(phrases, p -> false);
	}

	FirstWordIndex(List<String[]> phrases, Predicate<String[]> startsAnywhere) {
		Map<String, List<Integer>> lists = new HashMap<>();
		List<Integer> any = new ArrayList<>();
		for (int i = 0; i < phrases.size(); i++) {
			String[] p = phrases.get(i);
			if (startsAnywhere.test(p)) {
				any.add(i);
			}
			else {
				lists.computeIfAbsent(p[0], w -> new ArrayList<>()).add(i);
			}
		}
		lists.forEach((w, l) -> byFirstWord.put(w, toArray(l)));
		this.anywhere = toArray(any);
	}

	/**
	 * The positions, ascending, of the phrases whose first word is the token's folded or
	 * bare form.
	 */
	int[] candidates(Token t) {
		int[] norm = byFirstWord.getOrDefault(t.norm(), NONE);
		int[] bare = t.bare().equals(t.norm()) ? NONE : byFirstWord.getOrDefault(t.bare(), NONE);
		if (bare.length == 0 && anywhere.length == 0) {
			return norm;
		}
		return merge(merge(norm, bare), anywhere);
	}

	private static int[] merge(int[] a, int[] b) {
		if (a.length == 0) {
			return b;
		}
		if (b.length == 0) {
			return a;
		}
		int[] out = new int[a.length + b.length];
		int i = 0;
		int j = 0;
		int k = 0;
		while (i < a.length || j < b.length) {
			out[k++] = j >= b.length || i < a.length && a[i] < b[j] ? a[i++] : b[j++];
		}
		return out;
	}

	private static int[] toArray(List<Integer> list) {
		return list.stream().mapToInt(Integer::intValue).toArray();
	}

}
