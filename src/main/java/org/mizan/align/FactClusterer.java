package org.mizan.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the facts of one block (same unit class, same event class) that name the same participants, without
 * all-pairs comparison: an inverted index on participant keys, rarest key first, and union-find whose clusters
 * keep their sides, names and event arguments so that two clusters never merge when they contradict each other:
 * one is with a side the other names but is not with, or their event arguments (who sent, who reopened) differ.
 */
final class FactClusterer {

	/** A key shared by more facts than this share of the block is too common to say two facts are one claim. */
	private static final double COMMON_KEY_SHARE = 0.5;

	private static final int MIN_COMMON_KEY_FACTS = 4;

	private final int[] parent;

	private final List<Set<String>> sides = new ArrayList<>();

	private final List<Set<String>> names = new ArrayList<>();

	private final List<Set<String>> args = new ArrayList<>();

	private final List<Set<String>> sharedKeys = new ArrayList<>();

	private final List<Set<String>> factNames = new ArrayList<>();

	private final List<Set<String>> factArgs = new ArrayList<>();

	private final boolean dates;

	FactClusterer(List<AlignFact> facts) {
		parent = new int[facts.size()];
		dates = !facts.isEmpty() && facts.get(0).isDate();
		for (int i = 0; i < facts.size(); i++) {
			parent[i] = i;
			Set<String> s = new HashSet<>();
			Set<String> n = new HashSet<>();
			Set<String> a = new HashSet<>();
			for (String p : facts.get(i).participants()) {
				if (p.startsWith("side:")) {
					s.add(p.substring(5));
				}
				else if (p.startsWith("arg:")) {
					a.add(p.substring(4));
					n.add(p.substring(4));
				}
				else {
					n.add(p);
				}
			}
			sides.add(s);
			names.add(n);
			args.add(a);
			factNames.add(Set.copyOf(n));
			factArgs.add(Set.copyOf(a));
			sharedKeys.add(new HashSet<>());
		}
	}

	/** Cluster index (a root fact index) per fact, and per root the keys that joined its facts. */
	int[] cluster(List<AlignFact> facts) {
		Map<String, List<Integer>> index = new HashMap<>();
		for (int i = 0; i < facts.size(); i++) {
			Set<String> keys = new HashSet<>(names.get(i));
			sides.get(i).forEach(k -> keys.add("side:" + k));
			for (String k : keys) {
				index.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
			}
		}
		int maxFacts = Math.max(MIN_COMMON_KEY_FACTS, (int) (facts.size() * COMMON_KEY_SHARE));
		List<Map.Entry<String, List<Integer>>> keys = new ArrayList<>(index.entrySet());
		keys.removeIf(e -> e.getValue().size() < 2 || e.getValue().size() > maxFacts);
		keys.sort(Comparator.<Map.Entry<String, List<Integer>>>comparingInt(e -> e.getValue().size())
			.thenComparing(e -> e.getKey().startsWith("side:") ? 0 : 1)
			.thenComparing(Map.Entry::getKey));
		for (Map.Entry<String, List<Integer>> e : keys) {
			List<Integer> members = e.getValue();
			for (int j = 1; j < members.size(); j++) {
				if (!union(members.get(0), members.get(j), e.getKey())) {
					union(members.get(j - 1), members.get(j), e.getKey());
				}
			}
		}
		int[] roots = new int[facts.size()];
		for (int i = 0; i < roots.length; i++) {
			roots[i] = find(i);
		}
		return roots;
	}

	Set<String> keysOf(int root) {
		return sharedKeys.get(root);
	}

	private int find(int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/**
	 * Many events of one kind happen on different dates in the same place, so two dates are linked only when they
	 * share the event's own argument or at least two participants; two numbers need one shared participant.
	 */
	private boolean strongEnough(int a, int b) {
		if (!dates || !disjoint(factArgs.get(a), factArgs.get(b))) {
			return true;
		}
		int shared = 0;
		for (String k : factNames.get(a)) {
			if (factNames.get(b).contains(k) && ++shared >= 2) {
				return true;
			}
		}
		return false;
	}

	private boolean union(int a, int b, String key) {
		int ra = find(a);
		int rb = find(b);
		if (ra == rb) {
			return true;
		}
		if (!strongEnough(a, b) || contradict(ra, rb)) {
			return false;
		}
		if (names.get(ra).size() < names.get(rb).size()) {
			int t = ra;
			ra = rb;
			rb = t;
		}
		parent[rb] = ra;
		sides.get(ra).addAll(sides.get(rb));
		names.get(ra).addAll(names.get(rb));
		args.get(ra).addAll(args.get(rb));
		sharedKeys.get(ra).addAll(sharedKeys.get(rb));
		sharedKeys.get(ra).add(key);
		return true;
	}

	private boolean contradict(int ra, int rb) {
		Set<String> sa = sides.get(ra);
		Set<String> sb = sides.get(rb);
		if (!sa.isEmpty() && !sb.isEmpty() && disjoint(sa, sb)
				&& (!disjoint(sa, names.get(rb)) || !disjoint(sb, names.get(ra)))) {
			return true;
		}
		return !args.get(ra).isEmpty() && !args.get(rb).isEmpty() && disjoint(args.get(ra), args.get(rb));
	}

	private static boolean disjoint(Set<String> a, Set<String> b) {
		Set<String> small = a.size() <= b.size() ? a : b;
		Set<String> large = small == a ? b : a;
		for (String x : small) {
			if (large.contains(x)) {
				return false;
			}
		}
		return true;
	}

}
