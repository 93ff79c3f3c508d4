package org.mizan.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A counted noun the lexicon has no measure for (312 مكتب اقتراع, 23 مكتبا فتحت متأخرة,
 * 18 مكتبا تم التلاعب بمحاضرها) names different things in one story; what is said of them
 * tells them apart. Its facts are one claim when they state the same value, or when the
 * words around them share two stems (one shared word, such as the اقتراع of every مكتب
 * اقتراع, says nothing); a fact with neither stands alone. Linear in the facts: joined
 * through an index of values and stem pairs, never pairwise.
 */
final class ContextClaims {

	/**
	 * Stems of a context compared in pairs: a bound, so a long clause costs no more than
	 * a short one.
	 */
	private static final int MAX_STEMS = 12;

	private ContextClaims() {
	}

	static List<List<AlignFact>> split(List<AlignFact> group) {
		if (group.size() < 2) {
			return List.of(group);
		}
		int[] parent = new int[group.size()];
		Map<String, Integer> firstWith = new HashMap<>();
		for (int i = 0; i < group.size(); i++) {
			parent[i] = i;
			join(parent, firstWith, "=" + FindingBuilder.valueLabel(group.get(i)), i);
			String context = group.get(i).frame().context();
			if (context == null) {
				continue;
			}
			String[] stems = context.split(" ");
			int n = Math.min(stems.length, MAX_STEMS);
			for (int a = 0; a < n; a++) {
				for (int b = a + 1; b < n; b++) {
					join(parent, firstWith, stems[a] + "+" + stems[b], i);
				}
			}
		}
		Map<Integer, List<AlignFact>> claims = new LinkedHashMap<>();
		for (int i = 0; i < group.size(); i++) {
			claims.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(group.get(i));
		}
		return new ArrayList<>(claims.values());
	}

	private static void join(int[] parent, Map<String, Integer> firstWith, String key, int i) {
		Integer j = firstWith.putIfAbsent(key, i);
		if (j != null) {
			parent[root(parent, i)] = root(parent, j);
		}
	}

	static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

}
