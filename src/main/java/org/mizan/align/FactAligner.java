package org.mizan.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.extract.ClaimFrame;

/**
 * Lines up the same quantitative fact across sources. Facts are one claim when their
 * frames agree: the same measure, of the same thing and part, at the same time, of the
 * same kind ({@link ClaimFrame#claimKey}); a shared word never joins two facts. Facts
 * arrive measure by measure ({@link #blockKey}, {@link #alignBlock}), and a block is
 * grouped by hashing, so aligning is linear in the facts. One instance serves one run, so
 * finding ids stay unique.
 */
public class FactAligner {

	public static final double DEFAULT_TOLERANCE = 0.10;

	/** {@code --MM-DD}: a date told to the day, whatever its year. */
	private static final int DAY_PRECISION = 7;

	private final FindingBuilder builder;

	private final double tolerance;

	public FactAligner() {
		this(DEFAULT_TOLERANCE);
	}

	/**
	 * @param tolerance how far {@code about} widens a number, as a share of it (0.10 =
	 * ±10%)
	 */
	public FactAligner(double tolerance) {
		this.builder = new FindingBuilder(tolerance, new FindingIds("F"));
		this.tolerance = tolerance;
	}

	/** The block a fact is aligned in: its measure. */
	public String blockKey(AlignFact fact) {
		return fact.frame().measure();
	}

	/** All facts of a small corpus, block by block. */
	public List<Finding> align(List<AlignFact> facts) {
		Map<String, List<AlignFact>> blocks = new LinkedHashMap<>();
		facts.forEach(f -> blocks.computeIfAbsent(blockKey(f), k -> new ArrayList<>()).add(f));
		List<Finding> out = new ArrayList<>();
		blocks.values().forEach(block -> out.addAll(alignBlock(block)));
		return out;
	}

	/**
	 * The findings of one block (facts that share {@link #blockKey}); every fact is in
	 * exactly one finding.
	 */
	public List<Finding> alignBlock(List<AlignFact> block) {
		List<Finding> out = new ArrayList<>();
		Map<String, List<AlignFact>> claims = new LinkedHashMap<>();
		String onlyEvent = onlyEvent(block);
		for (AlignFact f : block) {
			if (f.frame().measuresNothing()) {
				out.add(builder.build(f.frame().claimKey(), List.of(f)));
			}
			else {
				claims.computeIfAbsent(f.frame().claimKey() + eventOf(f, onlyEvent), k -> new ArrayList<>()).add(f);
			}
		}
		claims.putAll(earlierApart(claims));
		claims.forEach((key, group) -> byPlace(group).forEach((place, facts) -> {
			for (List<AlignFact> sided : SideClaims.split(facts)) {
				for (List<AlignFact> kind : datesApart(sided)) {
					List<List<AlignFact>> claimsOf = kind.get(0).isDate() ? byContext(kind)
							: kind.get(0).frame().byNounOnly() && !qualified(kind.get(0))
									? ContextClaims.split(kind, tolerance) : List.of(kind);
					for (List<AlignFact> claim : claimsOf) {
						out.add(builder.build(key + place, claim));
					}
				}
			}
		}));
		return out;
	}

	/**
	 * A figure its own text calls earlier or provisional (بعد أن كانت قد أعلنت 14, حصيلة
	 * أولية), whose value no figure of now meets, is a claim of its own: its finding is
	 * the update, the other holds only what sources say now. An earlier figure that a
	 * figure of now repeats (the missing, still 8 in the evening) is still now. Changes
	 * {@code claims} in place; returns the claims split off, by key.
	 */
	private Map<String, List<AlignFact>> earlierApart(Map<String, List<AlignFact>> claims) {
		Map<String, List<AlignFact>> apart = new LinkedHashMap<>();
		claims.forEach((key, group) -> {
			List<AlignFact> now = group.stream().filter(f -> !isEarlier(f)).toList();
			if (now.isEmpty() || now.size() == group.size()) {
				return;
			}
			// the distinct values of now: a claim of thousands of facts states a few
			Set<Interval> nowValues = new LinkedHashSet<>();
			now.forEach(n -> nowValues.add(Interval.of(n, tolerance)));
			List<AlignFact> earlier = new ArrayList<>();
			for (AlignFact f : group) {
				Interval value = Interval.of(f, tolerance);
				if (isEarlier(f) && nowValues.stream().noneMatch(value::meets)) {
					earlier.add(f);
				}
			}
			if (!earlier.isEmpty()) {
				group.removeAll(earlier);
				apart.put(key + FindingBuilder.SUPERSEDED, earlier);
			}
		});
		return apart;
	}

	private static boolean isEarlier(AlignFact f) {
		return !f.isDate() && ClaimFrame.EARLIER.equals(f.frame().revision());
	}

	/**
	 * A date and a number are never one claim, whatever frame a reader gave them: the
	 * dates of a group, then its numbers (most groups hold one kind, returned as is).
	 */
	private static List<List<AlignFact>> datesApart(List<AlignFact> group) {
		List<AlignFact> dates = new ArrayList<>();
		List<AlignFact> numbers = new ArrayList<>();
		group.forEach(f -> (f.isDate() ? dates : numbers).add(f));
		if (dates.isEmpty() || numbers.isEmpty()) {
			return List.of(group);
		}
		return List.of(dates, numbers);
	}

	/**
	 * A counted noun with a qualifier (طائرات أجنبية, مقاعد إضافية) is told apart by it
	 * already: what is said around it does not split the claim further.
	 */
	private static boolean qualified(AlignFact f) {
		String scope = f.frame().scope();
		return scope != null && !scope.startsWith("part") && !scope.equals(ClaimFrame.TOTAL);
	}

	/**
	 * Persons of a noun the lexicon has no measure for are told apart by their event (300
	 * محتجز released, 300 محتجز arrested); one whose sentence names no event is of the
	 * only event the story counts them with, when there is one (عاد 412 محتجزاً إلى
	 * ذويهم, in a story of their release), else of none.
	 */
	private static String eventOf(AlignFact f, String onlyEvent) {
		if (!f.frame().byNounOnly() || !"person".equals(f.unitClass())) {
			return "";
		}
		return "|ev:" + (f.eventClass() != null ? f.eventClass() : onlyEvent != null ? onlyEvent : "");
	}

	/** The one event class the persons of a block are counted with, or null. */
	private static String onlyEvent(List<AlignFact> block) {
		String only = null;
		for (AlignFact f : block) {
			if (f.eventClass() != null && "person".equals(f.unitClass()) && f.frame().byNounOnly()) {
				if (only != null && !only.equals(f.eventClass())) {
					return null;
				}
				only = f.eventClass();
			}
		}
		return only;
	}

	/**
	 * The dates of a story are one block. Two dates are one claim when they are the same
	 * day, or are of one event class and the same date, or one holds the other (2015 and
	 * March 2015). Two different dates are two claims, never a disagreement: many events
	 * of one kind have dates in one story (a closing in 2012, another in 2020), and
	 * nothing in a sentence tells reliably that two dates are of one event (the names
	 * around them are shared by every date of the sentence). Times of day are the
	 * exception: two times of one event class in one story are two accounts of when it
	 * happened (البوابات فُتحت عند الثانية عشرة / لم تُفتح إلا عند الثانية), a day has
	 * one of each; different places still keep theirs apart ({@link #byPlace}).
	 */
	private static List<List<AlignFact>> byContext(List<AlignFact> dates) {
		int[] parent = new int[dates.size()];
		Map<String, Integer> firstWith = new HashMap<>();
		for (int i = 0; i < dates.size(); i++) {
			parent[i] = i;
			AlignFact date = dates.get(i);
			String event = "ev:" + date.eventClass() + ":";
			// the same day in one story is one date, whichever event each sentence names
			// with it
			String time = date.isTime() && date.eventClass() != null ? event + "time" : event + "date:" + date.date();
			for (String key : new String[] { time, "same:" + date.date() }) {
				Integer j = firstWith.putIfAbsent(key, i);
				if (j != null && (key.startsWith("ev:") || date.date().length() >= DAY_PRECISION || date.isTime())) {
					parent[ContextClaims.root(parent, i)] = ContextClaims.root(parent, j);
				}
			}
		}
		// a date told at a coarser precision agrees with the finer ones it holds (2015
		// and January with January 2015)
		for (int i = 0; i < dates.size(); i++) {
			String event = "ev:" + dates.get(i).eventClass() + ":date:";
			for (String coarser : coarser(dates.get(i).date())) {
				Integer j = firstWith.get(event + coarser);
				if (j == null && coarser.length() >= DAY_PRECISION) {
					// 21 November 2025 and «the 21st of November»: the same day,
					// whichever events are named
					j = firstWith.get("same:" + coarser);
				}
				if (j != null) {
					parent[ContextClaims.root(parent, i)] = ContextClaims.root(parent, j);
				}
			}
		}
		Map<Integer, List<AlignFact>> claims = new LinkedHashMap<>();
		for (int i = 0; i < dates.size(); i++) {
			claims.computeIfAbsent(ContextClaims.root(parent, i), k -> new ArrayList<>()).add(dates.get(i));
		}
		return new ArrayList<>(claims.values());
	}

	/**
	 * The coarser dates an ISO partial date holds: 2015-03-07 holds 2015-03, 2015,
	 * --03-07 and --03.
	 */
	static List<String> coarser(String iso) {
		String[] c = Interval.components(iso);
		List<String> out = new ArrayList<>();
		if (c[0] != null && c[1] != null) {
			out.add(c[0]);
			if (c[2] != null) {
				out.add(c[0] + "-" + c[1]);
				out.add("--" + c[1] + "-" + c[2]);
			}
			out.add("--" + c[1]);
		}
		else if (c[1] != null && c[2] != null) {
			out.add("--" + c[1]);
		}
		return out;
	}

	/**
	 * A claim whose figures name two or more places is one claim per place, and one more
	 * for the figures that name none; a claim that names one place or none stays whole
	 * (the unnamed place is the story's).
	 */
	private static Map<String, List<AlignFact>> byPlace(List<AlignFact> group) {
		Map<String, List<AlignFact>> places = new LinkedHashMap<>();
		group.forEach(f -> places
			.computeIfAbsent(f.frame().place() == null ? "" : "@" + f.frame().place(), k -> new ArrayList<>())
			.add(f));
		long named = places.keySet().stream().filter(k -> !k.isEmpty()).count();
		return named >= 2 ? places : Map.of("", group);
	}

}
