package org.mizan.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lines up the same quantitative fact across sources. Facts meet only inside one block (same unit class, same event
 * class: 1500 men never meet 1500 dollars, 117 killed never meets 5000 arrived); inside a block they are grouped by
 * shared participants without contradicting sides (see {@link FactClusterer}). The batch step may feed one block
 * at a time ({@link #blockKey}, {@link #alignBlock}); one instance serves one run, so finding ids stay unique.
 */
public class FactAligner {

	public static final double DEFAULT_TOLERANCE = 0.10;

	private final FindingBuilder builder;

	public FactAligner() {
		this(DEFAULT_TOLERANCE);
	}

	/** @param tolerance how far {@code about} widens a number, as a share of it (0.10 = ±10%) */
	public FactAligner(double tolerance) {
		this.builder = new FindingBuilder(tolerance, new FindingIds("F"));
	}

	/** The block a fact is aligned in: its unit class and event class. */
	public String blockKey(AlignFact fact) {
		return fact.unitClass() + "|" + (fact.eventClass() == null ? "-" : fact.eventClass());
	}

	/** All facts of a small corpus: blocked by hash, then aligned block by block. */
	public List<Finding> align(List<AlignFact> facts) {
		Map<String, List<AlignFact>> blocks = new LinkedHashMap<>();
		facts.forEach(f -> blocks.computeIfAbsent(blockKey(f), k -> new ArrayList<>()).add(f));
		List<Finding> out = new ArrayList<>();
		blocks.values().forEach(block -> out.addAll(alignBlock(block)));
		return out;
	}

	/** The findings of one block (facts that share {@link #blockKey}); every fact is in exactly one finding. */
	public List<Finding> alignBlock(List<AlignFact> block) {
		List<Finding> out = new ArrayList<>();
		List<AlignFact> comparable = new ArrayList<>();
		for (AlignFact f : block) {
			if (comparable(f)) {
				comparable.add(f);
			}
			else {
				out.add(builder.build(blockKey(f), List.of(f), "alone: " + (f.isDate() ? "no event named" : "nothing counted that could be compared")));
			}
		}
		FactClusterer clusterer = new FactClusterer(comparable);
		int[] roots = clusterer.cluster(comparable);
		Map<Integer, List<AlignFact>> groups = new LinkedHashMap<>();
		for (int i = 0; i < roots.length; i++) {
			groups.computeIfAbsent(roots[i], k -> new ArrayList<>()).add(comparable.get(i));
		}
		Map<Integer, String> reasons = new HashMap<>();
		groups.forEach((root, group) -> reasons.put(root, why(group, clusterer.keysOf(root))));
		groups.forEach((root, group) -> out.add(builder.build(blockKey(group.get(0)), group, reasons.get(root))));
		return out;
	}

	/**
	 * A fact without a counted thing, an ordinal (الأولى, الثانية: "the former, the latter"), or a date without an
	 * event cannot be told apart from others: it stands alone.
	 */
	private static boolean comparable(AlignFact f) {
		return !"number".equals(f.unitClass()) && !"ordinal".equals(f.unitClass())
				&& !(f.isDate() && f.eventClass() == null);
	}

	private static String why(List<AlignFact> group, Set<String> keys) {
		AlignFact a = group.get(0);
		String block = "unit class " + a.unitClass() + (a.eventClass() == null ? ", no event" : ", event " + a.eventClass());
		if (group.size() == 1) {
			return "alone in " + block;
		}
		Set<String> sides = new TreeSet<>();
		group.forEach(f -> f.participants().stream().filter(p -> p.startsWith("side:")).forEach(p -> sides.add(p.substring(5))));
		return "same " + block + "; shared participants: " + String.join(", ", new TreeSet<>(keys))
				+ (sides.isEmpty() ? "" : "; sides: " + String.join(", ", sides));
	}

}
