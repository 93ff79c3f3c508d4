package org.mizan.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the same attributed statement in several articles by the overlap of their content
 * words (Jaccard at or above a threshold), without all-pairs comparison: prefix filtering
 * (each key's rarest words are indexed; two keys that reach the threshold must share one
 * of them) and union-find. A group spanning two or more articles becomes a finding:
 * {@code HEDGE_DRIFT} when one article states as fact what another reports as claimed,
 * leaked or denied; else {@code CONSISTENT} or {@code SINGLE_SOURCE} by independent
 * sources.
 */
public class StatementAligner {

	public static final double DEFAULT_THRESHOLD = 0.5;

	private final double threshold;

	private final FindingIds ids = new FindingIds("S");

	public StatementAligner() {
		this(DEFAULT_THRESHOLD);
	}

	public StatementAligner(double threshold) {
		this.threshold = threshold;
	}

	public List<Finding> align(List<AlignStatement> statements) {
		int[] parent = new int[statements.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		// identical statements (relays, copies) are one candidate: the join below runs
		// over distinct keys only
		Map<String, Integer> firstWithKey = new LinkedHashMap<>();
		for (int i = 0; i < statements.size(); i++) {
			String key = String.join(" ", words(statements.get(i).statementKey()));
			Integer first = firstWithKey.putIfAbsent(key, i);
			if (first != null) {
				parent[find(parent, i)] = find(parent, first);
			}
		}
		List<Integer> distinct = new ArrayList<>(firstWithKey.values());
		List<String[]> words = distinct.stream().map(i -> words(statements.get(i).statementKey())).toList();
		Map<String, Integer> df = new HashMap<>();
		words.forEach(w -> Arrays.stream(w).forEach(x -> df.merge(x, 1, Integer::sum)));
		Map<String, List<Integer>> index = new HashMap<>();
		// candidates of one key: collected once each (seen[c] == d), compared only when
		// not already grouped with it
		int[] seen = new int[distinct.size()];
		Arrays.fill(seen, -1);
		int[] candidates = new int[64];
		for (int d = 0; d < distinct.size(); d++) {
			String[] w = words.get(d).clone();
			Arrays.sort(w, Comparator.<String>comparingInt(df::get).thenComparing(Comparator.naturalOrder()));
			// prefix filtering: two sets with Jaccard >= t share a word among each one's
			// rarest |w| - ceil(t|w|) + 1
			int prefix = w.length - (int) Math.ceil(threshold * w.length) + 1;
			int count = 0;
			for (int k = 0; k < Math.min(prefix, w.length); k++) {
				List<Integer> posting = index.computeIfAbsent(w[k], x -> new ArrayList<>());
				// a prefix word in so many statements says little; bounded, the join
				// stays near-linear
				if (posting.size() < MAX_POSTING) {
					for (int c : posting) {
						if (seen[c] != d) {
							seen[c] = d;
							if (count == candidates.length) {
								candidates = Arrays.copyOf(candidates, 2 * count);
							}
							candidates[count++] = c;
						}
					}
					posting.add(d);
				}
			}
			int root = find(parent, distinct.get(d));
			for (int i = 0; i < count; i++) {
				int c = candidates[i];
				int other = find(parent, distinct.get(c));
				if (other != root && jaccard(words.get(d), words.get(c)) >= threshold) {
					parent[root] = other;
					root = other;
				}
			}
		}
		joinRelaysOfOneSource(statements, distinct, words, parent);
		SameEventJoin.join(statements, (a, b) -> parent[find(parent, a)] = find(parent, b));
		Map<Integer, List<AlignStatement>> groups = new LinkedHashMap<>();
		for (int i = 0; i < statements.size(); i++) {
			groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(statements.get(i));
		}
		List<Finding> out = new ArrayList<>();
		for (List<AlignStatement> group : groups.values()) {
			if (group.stream().map(AlignStatement::article).distinct().count() >= 2) {
				out.add(finding(group));
			}
		}
		return out;
	}

	/**
	 * Articles relaying one source retell its story in their own words, so a looser match
	 * is enough between statements of the same source in different articles: at least
	 * {@value #RELAY_MIN_SHARED} shared content words, covering {@value #RELAY_MIN_COVER}
	 * of the shorter statement. Words shared by too many statements of the source say
	 * nothing and are not indexed.
	 */
	private static void joinRelaysOfOneSource(List<AlignStatement> statements, List<Integer> distinct,
			List<String[]> words, int[] parent) {
		Map<String, Map<String, List<Integer>>> bySourceWord = new HashMap<>();
		// shared[other] counts the words statement d shares with an earlier one (valid
		// while stamp[other] == d)
		int[] shared = new int[distinct.size()];
		int[] stamp = new int[distinct.size()];
		Arrays.fill(stamp, -1);
		int[] others = new int[64];
		for (int d = 0; d < distinct.size(); d++) {
			String source = statements.get(distinct.get(d)).sourceKey();
			if (source == null) {
				continue;
			}
			Map<String, List<Integer>> byWord = bySourceWord.computeIfAbsent(source, k -> new HashMap<>());
			int count = 0;
			for (String word : words.get(d)) {
				List<Integer> posting = byWord.computeIfAbsent(word, k -> new ArrayList<>());
				if (posting.size() < RELAY_MAX_POSTING) {
					for (int other : posting) {
						if (stamp[other] != d) {
							stamp[other] = d;
							shared[other] = 0;
							if (count == others.length) {
								others = Arrays.copyOf(others, 2 * count);
							}
							others[count++] = other;
						}
						shared[other]++;
					}
					posting.add(d);
				}
			}
			String article = statements.get(distinct.get(d)).article();
			int root = find(parent, distinct.get(d));
			for (int i = 0; i < count; i++) {
				int other = others[i];
				int shorter = Math.min(words.get(d).length, words.get(other).length);
				if (shared[other] >= RELAY_MIN_SHARED && shared[other] >= RELAY_MIN_COVER * shorter
						&& !article.equals(statements.get(distinct.get(other)).article())) {
					int otherRoot = find(parent, distinct.get(other));
					if (otherRoot != root) {
						parent[root] = otherRoot;
						root = otherRoot;
					}
				}
			}
		}
	}

	private static final int RELAY_MIN_SHARED = 4;

	private static final double RELAY_MIN_COVER = 0.4;

	private static final int RELAY_MAX_POSTING = 30;

	private Finding finding(List<AlignStatement> group) {
		List<AlignStatement> sorted = new ArrayList<>(group);
		sorted.sort(Comparator.comparing(AlignStatement::article).thenComparingInt(AlignStatement::start));
		Set<String> sources = new TreeSet<>();
		Set<String> articles = new TreeSet<>();
		Set<String> stated = new HashSet<>();
		Set<String> hedged = new HashSet<>();
		Map<String, Set<String>> lines = new LinkedHashMap<>();
		for (AlignStatement s : sorted) {
			sources.add(s.independentKey());
			articles.add(s.article());
			(s.hedge() == null ? stated : hedged).add(s.article());
			String how = s.hedge() == null ? "stated" : s.hedge().label();
			String who = s.sourceName() != null ? s.sourceName() : "—";
			lines.computeIfAbsent(how, k -> new LinkedHashSet<>()).add(who + " (" + s.article() + ")");
		}
		boolean drift = !stated.isEmpty() && !hedged.isEmpty() && !(stated.equals(hedged) && stated.size() == 1);
		FindingStatus status = drift ? FindingStatus.HEDGE_DRIFT
				: sources.size() >= 2 ? FindingStatus.CONSISTENT : FindingStatus.SINGLE_SOURCE;
		AlignStatement anchor = sorted.get(0);
		List<String> values = new ArrayList<>();
		lines.forEach((how, who) -> values.add(how + " — " + listed(who)));
		String why = "same statement: content words overlap ≥ " + threshold;
		return new Finding(ids.next("statement", anchor.article(), anchor.start()), status,
				abbreviate(anchor.statement()), "statement", sorted.stream().map(AlignStatement::id).toList(), null,
				null, null, null, null, sources.size(), articles.size(), values, why);
	}

	/**
	 * Who said it, in which article: the first {@value #LISTED} and how many more (a cell
	 * shows 32,767 characters).
	 */
	private static String listed(Set<String> who) {
		if (who.size() <= LISTED) {
			return String.join("; ", who);
		}
		return String.join("; ", who.stream().limit(LISTED).toList()) + "; … " + (who.size() - LISTED) + " more";
	}

	private static final int LISTED = 200;

	private static String abbreviate(String s) {
		return s == null ? "" : s.length() <= 120 ? s : s.substring(0, 119) + "…";
	}

	private static final int MAX_POSTING = 200;

	/**
	 * The distinct content words of a key (its event and name terms left out), sorted, so
	 * two keys intersect by a merge.
	 */
	private static String[] words(String key) {
		return key == null || key.isBlank() ? new String[0]
				: Arrays.stream(key.trim().split("\\s+"))
					.filter(w -> !SameEventJoin.isTerm(w))
					.sorted()
					.distinct()
					.toArray(String[]::new);
	}

	/** Jaccard of two sorted word sets. */
	static double jaccard(String[] a, String[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		int shared = 0;
		for (int i = 0, j = 0; i < a.length && j < b.length;) {
			int c = a[i].compareTo(b[j]);
			if (c == 0) {
				shared++;
				i++;
				j++;
			}
			else if (c < 0) {
				i++;
			}
			else {
				j++;
			}
		}
		return (double) shared / (a.length + b.length - shared);
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

}
