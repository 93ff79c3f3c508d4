package org.mizan.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.mizan.extract.ClaimFrame;

/**
 * Turns one group of facts into a finding: status by interval comparison between
 * independent sources.
 */
final class FindingBuilder {

	private final double tolerance;

	private final FindingIds ids;

	/**
	 * In a claim key: the earlier figures of a claim split off from its figures of now
	 * ({@link FactAligner}).
	 */
	static final String SUPERSEDED = "|earlier";

	FindingBuilder(double tolerance, FindingIds ids) {
		this.tolerance = tolerance;
		this.ids = ids;
	}

	Finding build(String claimKey, List<AlignFact> group) {
		List<AlignFact> facts = new ArrayList<>(group);
		facts.sort(Comparator.comparing(AlignFact::article).thenComparingInt(AlignFact::start));
		AlignFact anchor = facts.get(0);
		Set<String> sources = new TreeSet<>();
		Set<String> articles = new TreeSet<>();
		facts.forEach(f -> {
			sources.add(f.independentKey());
			articles.add(f.article());
		});
		boolean dates = anchor.isDate();
		FindingStatus status = sources.size() < 2 ? FindingStatus.SINGLE_SOURCE : compare(facts);
		boolean superseded = claimKey.contains(SUPERSEDED);
		if (superseded && status != FindingStatus.DISAGREE) {
			// earlier or provisional figures, told as such, that later figures of the
			// same claim replaced
			status = FindingStatus.UPDATED;
		}
		Double low = null;
		Double high = null;
		String dateLow = null;
		String dateHigh = null;
		if (dates) {
			dateLow = facts.stream().map(AlignFact::date).min(Comparator.naturalOrder()).orElse(null);
			dateHigh = facts.stream().map(AlignFact::date).max(Comparator.naturalOrder()).orElse(null);
		}
		else {
			low = facts.stream().map(FindingBuilder::lowOf).filter(x -> x != null).min(Double::compare).orElse(null);
			high = facts.stream().map(FindingBuilder::highOf).filter(x -> x != null).max(Double::compare).orElse(null);
		}
		Double spread = low != null && high != null && low > 0 ? high / low : null;
		if (status == FindingStatus.UPDATED) {
			facts.sort(Comparator.comparingInt(FindingBuilder::revisionRank)
				.thenComparing(AlignFact::article)
				.thenComparingInt(AlignFact::start));
		}
		return new Finding(ids.next(claimKey, anchor.article(), anchor.start()), status, FrameWords.what(facts),
				anchor.unit(), facts.stream().map(AlignFact::factId).toList(), low, high, dateLow, dateHigh, spread,
				sources.size(), articles.size(), values(facts), FrameWords.why(facts, status, superseded));
	}

	/**
	 * Two facts of different independent sources whose intervals do not meet disagree,
	 * unless one revises the other (an interim toll, a toll that rose): then the claim
	 * was updated. Compared per distinct stated value, so the cost is quadratic in the
	 * distinct values of one claim, not in its facts.
	 */
	private FindingStatus compare(List<AlignFact> facts) {
		Map<String, List<AlignFact>> byValue = new LinkedHashMap<>();
		facts.forEach(f -> byValue.computeIfAbsent(valueLabel(f), k -> new ArrayList<>()).add(f));
		List<List<AlignFact>> distinct = new ArrayList<>(byValue.values());
		boolean updated = false;
		for (int i = 0; i < distinct.size(); i++) {
			for (int j = i + 1; j < distinct.size(); j++) {
				if (meet(distinct.get(i).get(0), distinct.get(j).get(0))) {
					continue;
				}
				for (AlignFact a : distinct.get(i)) {
					for (AlignFact b : distinct.get(j)) {
						if (a.independentKey().equals(b.independentKey())) {
							continue;
						}
						if (!revises(a, b)) {
							return FindingStatus.DISAGREE;
						}
						updated = true;
					}
				}
			}
		}
		return updated ? FindingStatus.UPDATED : FindingStatus.CONSISTENT;
	}

	/**
	 * One figure revises the other: it is marked earlier, or it is a later, higher count.
	 */
	private static boolean revises(AlignFact a, AlignFact b) {
		if (a.isDate() || b.isDate()) {
			return false;
		}
		return ClaimFrame.EARLIER.equals(a.frame().revision()) || ClaimFrame.EARLIER.equals(b.frame().revision())
				|| laterAndHigher(a, b) || laterAndHigher(b, a);
	}

	/**
	 * A toll or a share that rose: a later count above the other. An amount of money that
	 * rose (a new price) and a change (ارتفع بمقدار جنيهين) are what they are, not a
	 * revised count, so two of them that differ disagree.
	 */
	private static boolean laterAndHigher(AlignFact later, AlignFact other) {
		Double x = lowOf(later);
		Double y = highOf(other);
		boolean count = later.frame().kind() == ClaimFrame.Kind.COUNT
				&& (later.unitClass() == null || !later.unitClass().startsWith("money:"));
		return count && ClaimFrame.LATER.equals(later.frame().revision()) && x != null && y != null && x > y;
	}

	private static int revisionRank(AlignFact f) {
		String r = f.frame().revision();
		return ClaimFrame.EARLIER.equals(r) ? 0 : ClaimFrame.LATER.equals(r) ? 2 : 1;
	}

	private boolean meet(AlignFact a, AlignFact b) {
		if (a.isDate() || b.isDate()) {
			return a.isDate() && b.isDate() && Interval.datesMeet(a.date(), b.date());
		}
		return Interval.of(a, tolerance).meets(Interval.of(b, tolerance));
	}

	private static Double lowOf(AlignFact f) {
		return f.low() != null ? f.low() : f.value();
	}

	private static Double highOf(AlignFact f) {
		return f.high() != null ? f.high() : f.value();
	}

	static String valueLabel(AlignFact f) {
		if (f.isDate()) {
			return f.date();
		}
		String approx = f.approx() == null ? "" : f.approx().label() + " ";
		if (f.value() != null) {
			return approx + number(f.value());
		}
		if (f.low() != null && f.high() != null) {
			return number(f.low()) + "–" + number(f.high());
		}
		return approx + number(f.low() != null ? f.low() : f.high());
	}

	private static String number(Double x) {
		if (x == null) {
			return "?";
		}
		return x == Math.rint(x) ? String.format(Locale.ROOT, "%,d", x.longValue()) : String.valueOf(x);
	}

	private static List<String> values(List<AlignFact> facts) {
		Map<String, Set<String>> who = new LinkedHashMap<>();
		for (AlignFact f : facts) {
			String source = f.sourceName() != null ? f.sourceName() : f.sourceKey() != null ? f.sourceKey() : "—";
			who.computeIfAbsent(valueLabel(f), k -> new LinkedHashSet<>()).add(source + " (" + f.article() + ")");
		}
		List<String> lines = new ArrayList<>();
		who.forEach((value, sources) -> lines.add(value + " — " + String.join("; ", sources)));
		return lines;
	}

}
