package org.mizan.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fighters with one side are not fighters with the side they fight. The facts of one
 * claim are split by the side they are with ({@code side:} participants) where sides
 * contradict: one names the other's side as someone else (with X against Y, with Y
 * against X). Sides that share a name are one claim; a side that contradicts no other
 * joins the claim whose sentences it shares the most names with, when there is one such
 * claim. A fact that names no side joins the only claim there is, or stands apart.
 */
final class SideClaims {

	private static final class Cluster {

		final List<AlignFact> facts = new ArrayList<>();

		final Set<String> sides = new TreeSet<>();

		final Set<String> names = new HashSet<>();

		void add(AlignFact f) {
			facts.add(f);
			for (String p : f.participants()) {
				if (p.startsWith("side:")) {
					sides.add(p.substring(5));
				}
				else {
					names.add(p.startsWith("arg:") ? p.substring(4) : p);
				}
			}
		}

		void absorb(Cluster other) {
			other.facts.forEach(this::add);
		}

		boolean contradicts(Cluster other) {
			return Collections.disjoint(sides, other.sides)
					&& (!Collections.disjoint(sides, other.names) || !Collections.disjoint(other.sides, names));
		}

		int shared(Cluster other) {
			int n = 0;
			for (String name : names) {
				n += other.names.contains(name) ? 1 : 0;
			}
			return n;
		}

	}

	private SideClaims() {
	}

	static List<List<AlignFact>> split(List<AlignFact> group) {
		Map<Set<String>, Cluster> bySide = new LinkedHashMap<>();
		List<AlignFact> unsided = new ArrayList<>();
		for (AlignFact f : group) {
			Set<String> sides = new TreeSet<>();
			f.participants().stream().filter(p -> p.startsWith("side:")).forEach(p -> sides.add(p.substring(5)));
			if (sides.isEmpty()) {
				unsided.add(f);
			}
			else {
				bySide.computeIfAbsent(sides, k -> new Cluster()).add(f);
			}
		}
		List<Cluster> clusters = new ArrayList<>(bySide.values());
		mergeSharingASide(clusters);
		mergeUnambiguous(clusters);
		List<List<AlignFact>> out = new ArrayList<>();
		clusters.forEach(c -> out.add(c.facts));
		if (!unsided.isEmpty()) {
			if (out.size() == 1) {
				out.get(0).addAll(unsided);
			}
			else {
				out.add(unsided);
			}
		}
		return out;
	}

	private static void mergeSharingASide(List<Cluster> clusters) {
		for (int i = 0; i < clusters.size(); i++) {
			for (int j = clusters.size() - 1; j > i; j--) {
				Cluster a = clusters.get(i);
				Cluster b = clusters.get(j);
				if (!Collections.disjoint(a.sides, b.sides) && !a.contradicts(b)) {
					a.absorb(b);
					clusters.remove(j);
				}
			}
		}
	}

	/**
	 * A cluster that contradicts no other joins the one it shares the most names with, if
	 * that one is unique.
	 */
	private static void mergeUnambiguous(List<Cluster> clusters) {
		boolean merged = true;
		while (merged && clusters.size() > 1) {
			merged = false;
			for (int i = 0; i < clusters.size() && !merged; i++) {
				Cluster a = clusters.get(i);
				int best = -1;
				int bestShared = 0;
				boolean tie = false;
				for (int j = 0; j < clusters.size(); j++) {
					if (j == i || a.contradicts(clusters.get(j))) {
						continue;
					}
					int shared = a.shared(clusters.get(j));
					if (shared > bestShared) {
						best = j;
						bestShared = shared;
						tie = false;
					}
					else if (shared == bestShared && shared > 0) {
						tie = true;
					}
				}
				if (best >= 0 && !tie) {
					clusters.get(best).absorb(a);
					clusters.remove(i);
					merged = true;
				}
			}
		}
	}

}
