package org.mizan.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The acceptance scorer's rules ({@code score_report.py}) in Java: matches the gold facts
 * of an acceptance file to the rows of a workbook's {@code Facts} sheet and measures
 * conflicts, agreements, separations, noise and sources.
 */
final class GoldScorer {

	private final JsonNode gold;

	private final List<Map<String, Object>> facts;

	private final Map<String, String> statusByFinding = new HashMap<>();

	private final Map<String, Map<String, Object>> matched = new HashMap<>();

	GoldScorer(JsonNode gold, WorkbookRows workbook) {
		this.gold = gold;
		this.facts = new ArrayList<>();
		workbook.rows().forEach((sheet, rows) -> {
			if (sheet.equals("Facts") || sheet.startsWith("Facts (")) {
				facts.addAll(rows);
			}
		});
		workbook.sheet("Findings")
			.forEach(r -> statusByFinding.put((String) r.get("Finding"), (String) r.get("Status")));
		for (JsonNode f : gold.get("facts")) {
			matched.put(f.get("id").asString(), bestRow(f));
		}
	}

	List<String> missingKeyFacts() {
		List<String> missing = new ArrayList<>();
		for (JsonNode f : gold.get("facts")) {
			if (f.path("key").asBoolean(true) && matched.get(f.get("id").asString()) == null) {
				missing.add(f.get("id").asString() + " " + f.get("surface").asString());
			}
		}
		return missing;
	}

	String findingOf(String factId) {
		Map<String, Object> row = matched.get(factId);
		return row == null ? null : (String) row.get("Finding");
	}

	String statusOf(String factId) {
		return statusByFinding.get(findingOf(factId));
	}

	/**
	 * The must-flag disagreements not flagged as one DISAGREE finding holding both sides.
	 */
	List<String> conflictsMissed() {
		List<String> missed = new ArrayList<>();
		for (JsonNode d : gold.get("disagreements")) {
			if (!d.path("must_flag").asBoolean(true)) {
				continue;
			}
			JsonNode values = d.get("values");
			String a = findingOf(values.get(0).get("fact").asString());
			Set<String> others = new HashSet<>();
			for (int i = 1; i < values.size(); i++) {
				others.add(findingOf(values.get(i).get("fact").asString()));
			}
			if (a == null || !others.contains(a) || !"DISAGREE".equals(statusByFinding.get(a))) {
				missed.add(d.get("id").asString());
			}
		}
		return missed;
	}

	List<String> agreementsSplit() {
		List<String> split = new ArrayList<>();
		for (JsonNode a : gold.get("agreements")) {
			Set<String> findings = new HashSet<>();
			for (JsonNode id : a.get("facts")) {
				findings.add(findingOf(id.asString()));
			}
			if (findings.contains(null) || findings.size() != 1) {
				split.add(a.get("id").asString());
			}
		}
		return split;
	}

	List<String> mergedApart() {
		List<String> merged = new ArrayList<>();
		for (JsonNode p : gold.get("must_not_align")) {
			String a = findingOf(p.get("a").asString());
			String b = findingOf(p.get("b").asString());
			if (a != null && a.equals(b)) {
				merged.add(p.get("a").asString() + "~" + p.get("b").asString());
			}
		}
		return merged;
	}

	List<String> noiseHits() {
		List<String> hits = new ArrayList<>();
		for (JsonNode n : gold.get("noise")) {
			String noise = norm(n.get("surface").asString());
			for (Map<String, Object> r : facts) {
				if (GoldRules.sameArticle(n.get("article").asString(), r)) {
					String s = norm((String) r.get("Surface"));
					if (!s.isEmpty() && (noise.contains(s) || (noise.length() >= 4 && s.contains(noise)))) {
						hits.add(n.get("article").asString() + ": " + n.get("surface").asString());
						break;
					}
				}
			}
		}
		return hits;
	}

	List<String> unexplainedFlags() {
		Set<String> explained = new HashSet<>();
		for (JsonNode d : gold.get("disagreements")) {
			for (JsonNode v : d.get("values")) {
				explained.add(findingOf(v.get("fact").asString()));
			}
		}
		List<String> flags = new ArrayList<>();
		statusByFinding.forEach((id, status) -> {
			if ("DISAGREE".equals(status) && !explained.contains(id)) {
				flags.add(id);
			}
		});
		return flags;
	}

	/** [right, with a gold source and found]. */
	int[] sourcesRight(List<String> wrong) {
		int right = 0;
		int total = 0;
		for (JsonNode f : gold.get("facts")) {
			Map<String, Object> row = matched.get(f.get("id").asString());
			if (row == null || f.get("source").isNull()) {
				continue;
			}
			total++;
			String want = norm(f.get("source").asString()).replace("ال", "");
			String got = norm((String) row.get("Source")).replace("ال", "");
			if (got.contains(want) || (!got.isEmpty() && want.contains(got))) {
				right++;
			}
			else {
				wrong
					.add(f.get("id").asString() + ": want " + f.get("source").asString() + " got " + row.get("Source"));
			}
		}
		return new int[] { right, total };
	}

	List<String> hedgesWrong() {
		List<String> wrong = new ArrayList<>();
		for (JsonNode f : gold.get("facts")) {
			Map<String, Object> row = matched.get(f.get("id").asString());
			if (row != null && (row.get("Hedge") != null) != f.path("hedged").asBoolean(false)) {
				wrong.add(f.get("id").asString() + " hedge " + row.get("Hedge"));
			}
		}
		return wrong;
	}

	private Map<String, Object> bestRow(JsonNode fact) {
		for (Map<String, Object> r : facts) {
			if (GoldRules.sameArticle(fact.get("article").asString(), r) && GoldRules.valueMatches(fact.get("value"), r)
					&& GoldRules.surfacesOverlap(fact.get("surface").asString(), r)) {
				return r;
			}
		}
		return null;
	}

	/** score_report's {@code norm}, as the seed tests compare names. */
	static String norm(String s) {
		return GoldRules.norm(s);
	}

}
