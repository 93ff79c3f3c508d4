package org.mizan.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.extract.Approx;

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
		return split(group, FactAligner.DEFAULT_TOLERANCE);
	}

	/**
	 * @param tolerance how far «نحو» widens a value: an approximate value (ما يقارب مئتي
	 * ألف) is one claim with the nearest exact value it holds (198432), as if it stated
	 * it
	 */
	static List<List<AlignFact>> split(List<AlignFact> group, double tolerance) {
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
		joinApproximate(group, parent, tolerance);
		Map<Integer, List<AlignFact>> claims = new LinkedHashMap<>();
		for (int i = 0; i < group.size(); i++) {
			claims.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(group.get(i));
		}
		return new ArrayList<>(claims.values());
	}

	/**
	 * Each fact told «about» a value joins the exact value nearest to it within the
	 * tolerance that rounds to it ({@link #roundsTo}); a bound (أكثر من) joins the exact
	 * value it names, or the nearest on its side that rounds to it: a sorted index and
	 * one binary search per fact, so it stays O(n log n).
	 */
	private static void joinApproximate(List<AlignFact> group, int[] parent, double tolerance) {
		List<Integer> exact = new ArrayList<>();
		for (int i = 0; i < group.size(); i++) {
			AlignFact f = group.get(i);
			if (f.approx() == null && f.value() != null) {
				exact.add(i);
			}
		}
		if (exact.isEmpty()) {
			return;
		}
		exact.sort(Comparator.comparingDouble(i -> group.get(i).value()));
		double[] values = exact.stream().mapToDouble(i -> group.get(i).value()).toArray();
		for (int i = 0; i < group.size(); i++) {
			AlignFact f = group.get(i);
			Double told = f.value() != null ? f.value() : f.low() != null ? f.low() : f.high();
			if (f.approx() == null || f.approx() == Approx.RANGE || told == null) {
				continue;
			}
			double v = told;
			// «لأكثر من 65 ألفاً» tells the figure 65 ألفاً does; only «نحو» widens it
			double within = f.approx() == Approx.ABOUT ? tolerance : 0;
			int at = Arrays.binarySearch(values, v);
			int insert = at >= 0 ? at : -at - 1;
			int nearest = -1;
			for (int k : new int[] { insert - 1, insert }) {
				if (k >= 0 && k < values.length
						&& (Math.abs(values[k] - v) <= Math.abs(v) * within || holds(f.approx(), v, values[k]))
						&& roundsTo(values[k], v)
						&& (nearest < 0 || Math.abs(values[k] - v) < Math.abs(values[nearest] - v))) {
					nearest = k;
				}
			}
			if (nearest >= 0) {
				parent[root(parent, i)] = root(parent, exact.get(nearest));
			}
		}
	}

	/**
	 * Whether a bound told as a round figure holds the exact value on its side: «أكثر من
	 * ألفي عنصر» is told of 2100, not of 1900.
	 */
	private static boolean holds(Approx bound, double round, double exact) {
		return switch (bound) {
			case MORE_THAN, AT_LEAST -> exact >= round;
			case LESS_THAN, AT_MOST -> exact <= round;
			default -> false;
		};
	}

	/**
	 * A round figure is told for the exact ones that round to it at its own precision:
	 * 198432 is «about 200 thousand», 230 is not «about 210».
	 */
	static boolean roundsTo(double exact, double round) {
		long whole = Math.round(round);
		if (whole == 0 || Double.compare(whole, round) != 0) {
			return Double.compare(exact, round) == 0;
		}
		long place = 1;
		while (whole % (place * 10) == 0) {
			place *= 10;
		}
		return Math.round(exact / place) * place == whole;
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
