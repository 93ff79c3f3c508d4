package org.mizan.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * {@code score_report.py}'s {@code score()} in Java, for the dev stories' answer keys
 * ({@code dev-stories/README.md}): each gold fact is matched to the nearest free
 * {@code Facts} row of its article with an overlapping surface or span and a compatible
 * value, then conflicts, agreements, separations, noise, sources and hedges are counted
 * on the findings those rows belong to. The numbers are the Python scorer's, metric by
 * metric, and so are the misses.
 */
final class StoryScorer {

	/** The metrics in the order {@code score_stories.py} prints them. */
	static final List<String> SUMMARY = List.of("facts_found", "conflicts_flagged", "conflicts_clean", "findings_pure",
			"agreements_grouped", "kept_apart", "noise_facts", "flags_total", "flags_unexplained", "sources_right",
			"hedges_right");

	private static final Pattern PARENTHESIS_AT_END = Pattern.compile("[" + GoldRules.PY_SPACE + "]*\\(.*\\)$",
			Pattern.UNIX_LINES);

	private static final Pattern SOURCE_WORDS = Pattern.compile("[" + GoldRules.PY_SPACE + "،,؛;:«»()\\[\\]\\-–—.]+");

	/** Words that say who spoke, not who it is ({@code _CUES}). */
	private static final Set<String> CUES = new HashSet<>();

	static {
		String cues = """
				قال قالت يقول تقول قالوا أعلن أعلنت يعلن أكد أكدت يؤكد تؤكد أوضح أوضحت أشار أشارت ذكر ذكرت
				    أفاد أفادت كشف كشفت أضاف أضافت تابع تابعت قرر قررت نقل نقلت زعم زعمت ادعى ادعت يصر تصر أورد أوردت رجح رجحت قدر قدرت
				    بحسب حسب وفق وفقا طبقا نقلا عن في من على إلى لـ ل ب لكن كما أن إن بأن الذي التي طلب عدم ذكر اسمه نفسه ذاته
				    بيان بيانه بيانها بيانات أرقام""";
		for (String w : cues.strip().split("\\s+")) {
			CUES.add(GoldRules.norm(w));
		}
	}

	/**
	 * A story's score: {@code metrics} as score_report prints them ("found/of" or a
	 * count), {@code detail} its misses.
	 */
	record Score(Map<String, Object> metrics, Map<String, List<String>> detail) {

		/** The first number of a metric: "517/598" is 517, a count is itself. */
		int hit(String metric) {
			Object v = metrics.get(metric);
			return v instanceof Integer n ? n : Integer.parseInt(((String) v).split("/")[0]);
		}

		/** The second number of a "found/of" metric. */
		int of(String metric) {
			return Integer.parseInt(((String) metrics.get(metric)).split("/")[1]);
		}

		/** One line as {@code score_stories.py} prints a story's. */
		String line() {
			StringBuilder b = new StringBuilder();
			for (String k : SUMMARY) {
				b.append(b.isEmpty() ? "" : " ").append(k).append('=').append(metrics.get(k));
			}
			return b.toString();
		}

	}

	private record Fact(String id, String article, String surface, JsonNode value, String source, boolean hedged,
			boolean key, Double charOffset, JsonNode approx, JsonNode point, String slot, String party) {
	}

	private record Conflict(String name, List<String> sideA, List<String> sideB) {
	}

	private record Agreement(String name, List<String> ids) {
	}

	private record Apart(String a, String b) {
	}

	private record Noise(String article, String surface, Double line) {
	}

	private final Map<String, Fact> facts = new LinkedHashMap<>();

	private final List<Conflict> conflicts = new ArrayList<>();

	private final List<Agreement> agreements = new ArrayList<>();

	private final List<Apart> apart = new ArrayList<>();

	private final List<Noise> noise = new ArrayList<>();

	private final Map<String, Map<String, Object>> matched = new LinkedHashMap<>();

	private StoryScorer(JsonNode gold) {
		loadGold(gold);
	}

	/** Scores a workbook against a story's {@code gold.json}. */
	static Score score(WorkbookRows workbook, JsonNode gold) {
		return new StoryScorer(gold).score(workbook);
	}

	// ------------------------------------------------------------------------------------------------
	// gold loading

	private void loadGold(JsonNode g) {
		for (JsonNode f : g.path("facts")) {
			JsonNode sourceAr = f.get("source_ar");
			JsonNode english = f.get("source");
			String party = truthy(sourceAr) && truthy(english)
					? GoldRules.strip(PARENTHESIS_AT_END.matcher(text(english)).replaceAll("")) : null;
			Fact fact = new Fact(text(f.get("id")), text(f.get("article")), text(f.get("surface")), f.get("value"),
					textOrNull(f.has("source_ar") ? sourceAr : english), truthy(f.get("hedged")),
					!f.has("key") || truthy(f.get("key")), GoldRules.num(f.get("char_offset")), f.get("approx"),
					f.get("point"), textOrNull(f.get("slot")), party);
			facts.put(fact.id(), fact);
		}
		for (JsonNode d : g.path("disagreements")) {
			if (d.has("claims")) {
				Map<String, List<String>> claims = new LinkedHashMap<>();
				for (Map.Entry<String, JsonNode> c : d.get("claims").properties()) {
					claims.put(c.getKey(), factsOf(c.getValue().get("mentions")));
				}
				for (JsonNode pair : d.path("conflicts")) {
					String a = text(pair.get(0));
					String b = text(pair.get(1));
					conflicts
						.add(new Conflict(text(d.get("slot")) + " " + a + "/" + b, claim(claims, a), claim(claims, b)));
				}
			}
			else if (!d.has("must_flag") || truthy(d.get("must_flag"))) {
				List<String> values = factsOf(d.get("values"));
				int one = Math.min(1, values.size());
				conflicts
					.add(new Conflict(text(d.get("slot")), values.subList(0, one), values.subList(one, values.size())));
			}
		}
		for (JsonNode a : g.path("agreements")) {
			List<String> ids = new ArrayList<>();
			if (truthy(a.get("facts"))) {
				a.get("facts").forEach(id -> ids.add(text(id)));
			}
			else {
				ids.addAll(factsOf(a.path("mentions")));
			}
			agreements.add(new Agreement(text(a.has("slot") ? a.get("slot") : a.get("id")), ids));
		}
		for (String list : List.of("must_not_align", "do_not_align")) {
			for (JsonNode p : g.path(list)) {
				apart.add(new Apart(text(p.get("a").isObject() ? p.get("a").get("fact") : p.get("a")),
						text(p.get("b").isObject() ? p.get("b").get("fact") : p.get("b"))));
			}
		}
		for (JsonNode n : g.path("noise")) {
			JsonNode line = n.get("line");
			noise.add(new Noise(text(n.get("article")), text(n.get("surface")),
					line == null || line.isNull() ? null : GoldRules.num(line)));
		}
	}

	private static List<String> factsOf(JsonNode mentions) {
		List<String> ids = new ArrayList<>();
		for (JsonNode m : mentions) {
			ids.add(text(m.get("fact")));
		}
		return ids;
	}

	private static List<String> claim(Map<String, List<String>> claims, String name) {
		List<String> ids = claims.get(name);
		if (ids == null) {
			throw new IllegalArgumentException("gold: a conflict names no claim " + name);
		}
		return ids;
	}

	// ------------------------------------------------------------------------------------------------
	// sources

	/**
	 * {@code _token_key}: a word without its article or conjunction, and without a final
	 * alef of the accusative.
	 */
	private static String tokenKey(String word) {
		String t = word;
		for (String p : List.of("وال", "فال", "بال", "كال", "لل", "ال")) {
			if (t.startsWith(p) && length(t) - length(p) >= 2) {
				t = t.substring(p.length());
				break;
			}
		}
		if (t.startsWith("و") && !GoldRules.norm("و" + t.substring(1)).equals(t) && CUES.contains(t.substring(1))) {
			t = t.substring(1);
		}
		if (length(t) > 3 && t.endsWith("ا")) {
			t = t.substring(0, t.length() - 1);
		}
		return t;
	}

	/** {@code source_tokens}: the content words of a source span. */
	private static Set<String> sourceTokens(Object text) {
		Set<String> out = new HashSet<>();
		for (String w : SOURCE_WORDS.split(GoldRules.norm(text), -1)) {
			if (w.isEmpty() || CUES.contains(w) || (w.startsWith("و") && CUES.contains(w.substring(1)))
					|| (w.startsWith("ف") && CUES.contains(w.substring(1)))) {
				continue;
			}
			out.add(tokenKey(w));
		}
		out.remove("");
		return out;
	}

	/** {@code source_aliases}: every span the key uses for a fact's party. */
	private Map<String, List<String>> sourceAliases() {
		Map<String, List<String>> byParty = new LinkedHashMap<>();
		for (Fact f : facts.values()) {
			if (f.party() != null && !f.party().isEmpty()) {
				byParty.computeIfAbsent(f.party(), p -> new ArrayList<>()).add(f.source());
			}
		}
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		for (Fact f : facts.values()) {
			if (truthy(f.source())) {
				List<String> spans = f.party() == null ? null : byParty.get(f.party());
				aliases.put(f.id(), spans != null ? spans : List.of(f.source()));
			}
		}
		return aliases;
	}

	/**
	 * {@code source_matches}: the cell and one of the party's spans contain each other or
	 * share all content words.
	 */
	private static boolean sourceMatches(List<String> spans, Object cell) {
		String c = GoldRules.norm(cell);
		if (c.isEmpty()) {
			return false;
		}
		Set<String> ct = sourceTokens(cell);
		for (String span : spans) {
			String g = GoldRules.norm(span);
			if (!g.isEmpty() && (g.replace("ال", "").contains(c.replace("ال", ""))
					|| c.replace("ال", "").contains(g.replace("ال", "")))) {
				return true;
			}
			Set<String> gt = sourceTokens(span);
			if (!gt.isEmpty() && !ct.isEmpty() && (ct.containsAll(gt) || gt.containsAll(ct))) {
				return true;
			}
		}
		return false;
	}

	// ------------------------------------------------------------------------------------------------
	// matching

	private static boolean factValueMatches(Fact fact, Map<String, Object> row) {
		if (GoldRules.valueMatches(fact.value(), row)) {
			return true;
		}
		return fact.approx() != null && fact.approx().isString() && "about".equals(fact.approx().asString())
				&& fact.point() != null && !fact.point().isNull() && GoldRules.valueMatches(fact.point(), row);
	}

	private static boolean spansOverlap(Fact fact, Map<String, Object> row) {
		Double off = fact.charOffset();
		Double st = GoldRules.num(row.get("Start"));
		Double en = GoldRules.num(row.get("End"));
		if (off == null || st == null || en == null) {
			return false;
		}
		double ge = off + length(fact.surface());
		return st < ge && off < en;
	}

	/**
	 * {@code best_row}: of the compatible rows, the one nearest the gold offset that no
	 * other gold fact has taken.
	 */
	private static Map<String, Object> bestRow(Fact fact, List<Map<String, Object>> rows,
			Set<Map<String, Object>> used) {
		List<Map<String, Object>> good = new ArrayList<>();
		for (Map<String, Object> r : rows) {
			if (GoldRules.sameArticle(fact.article(), r) && factValueMatches(fact, r)
					&& (GoldRules.surfacesOverlap(fact.surface(), r) || spansOverlap(fact, r))) {
				good.add(r);
			}
		}
		if (good.isEmpty()) {
			return null;
		}
		good.sort(Comparator.comparingDouble(r -> {
			Double st = GoldRules.num(r.get("Start"));
			return fact.charOffset() != null && st != null ? Math.abs(st - fact.charOffset()) : 0;
		}));
		Map<String, Object> r = good.stream().filter(x -> !used.contains(x)).findFirst().orElse(good.get(0));
		used.add(r);
		return r;
	}

	private String findingOf(String factId) {
		Map<String, Object> r = matched.get(factId);
		return r == null ? null : GoldRules.str(r.get("Finding"));
	}

	private Set<String> findingsOf(List<String> ids) {
		Set<String> out = new LinkedHashSet<>();
		for (String id : ids) {
			String f = findingOf(id);
			if (f != null) {
				out.add(f);
			}
		}
		return out;
	}

	private Set<String> shared(Conflict c) {
		Set<String> both = findingsOf(c.sideA());
		both.retainAll(findingsOf(c.sideB()));
		return both;
	}

	// ------------------------------------------------------------------------------------------------
	// scoring

	private Score score(WorkbookRows workbook) {
		List<Map<String, Object>> factRows = new ArrayList<>();
		workbook.rows().forEach((name, rows) -> {
			if (name.equals("Facts") || name.startsWith("Facts (")) {
				factRows.addAll(rows);
			}
		});
		Map<String, String> findings = new LinkedHashMap<>();
		for (Map<String, Object> r : workbook.sheet("Findings")) {
			findings.put(GoldRules.str(r.get("Finding")), GoldRules.strOr(r.get("Status")));
		}

		Set<Map<String, Object>> used = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Fact f : facts.values()) {
			matched.put(f.id(), bestRow(f, factRows, used));
		}
		List<String> found = facts.keySet().stream().filter(id -> matched.get(id) != null).toList();
		List<String> keyIds = facts.values().stream().filter(Fact::key).map(Fact::id).toList();
		long keyFound = keyIds.stream().filter(id -> matched.get(id) != null).count();

		int caught = 0;
		List<String> missed = new ArrayList<>();
		for (Conflict c : conflicts) {
			if (shared(c).stream().anyMatch(f -> "DISAGREE".equals(findings.get(f)))) {
				caught++;
			}
			else {
				missed.add(c.name());
			}
		}

		int grouped = 0;
		List<String> split = new ArrayList<>();
		for (Agreement a : agreements) {
			List<String> fs = a.ids().stream().map(this::findingOf).toList();
			if (!fs.contains(null) && new HashSet<>(fs).size() == 1) {
				grouped++;
			}
			else {
				split.add(a.name());
			}
		}

		int keptApart = 0;
		List<String> merged = new ArrayList<>();
		for (Apart p : apart) {
			String fa = findingOf(p.a());
			String fb = findingOf(p.b());
			if (fa == null || fb == null || !fa.equals(fb)) {
				keptApart++;
			}
			else {
				merged.add(p.a() + "~" + p.b());
			}
		}

		// a finding is pure when the gold facts matched to it all belong to one slot; a
		// conflict is cleanly flagged
		// only in a pure DISAGREE finding
		Map<String, Set<String>> slotsOf = new LinkedHashMap<>();
		Map<String, Integer> members = new LinkedHashMap<>();
		matched.forEach((id, r) -> {
			String slot = facts.get(id).slot();
			if (r != null && slot != null && !slot.isEmpty()) {
				String f = GoldRules.str(r.get("Finding"));
				slotsOf.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(slot);
				members.merge(f, 1, Integer::sum);
			}
		});
		Map<String, Set<String>> multi = new LinkedHashMap<>();
		slotsOf.forEach((f, s) -> {
			if (findings.containsKey(f) && members.get(f) >= 2) {
				multi.put(f, s);
			}
		});
		long pure = multi.values().stream().filter(s -> s.size() == 1).count();
		int clean = 0;
		List<String> unclean = new ArrayList<>();
		for (Conflict c : conflicts) {
			Set<String> both = shared(c);
			if (both.stream()
				.anyMatch(f -> "DISAGREE".equals(findings.get(f)) && slotsOf.getOrDefault(f, Set.of()).size() == 1)) {
				clean++;
			}
			else if (both.stream().anyMatch(f -> "DISAGREE".equals(findings.get(f)))) {
				unclean.add(c.name());
			}
		}

		Set<String> explained = new HashSet<>();
		for (Conflict c : conflicts) {
			explained.addAll(shared(c));
		}
		List<String> flagged = findings.entrySet()
			.stream()
			.filter(e -> e.getValue().equals("DISAGREE"))
			.map(Map.Entry::getKey)
			.toList();
		List<String> unexplained = flagged.stream().filter(f -> !explained.contains(f)).toList();

		List<String> noisy = new ArrayList<>();
		for (Noise n : noise) {
			String text = GoldRules.norm(n.surface());
			for (Map<String, Object> r : factRows) {
				Double line = GoldRules.num(r.get("Line"));
				if (GoldRules.sameArticle(n.article(), r)
						&& (n.line() == null || line == null || line.doubleValue() == n.line().doubleValue())) {
					String s = GoldRules.norm(r.get("Surface"));
					if (!s.isEmpty() && text.contains(s)) {
						noisy.add(n.article() + ": " + prefix(n.surface(), 40));
						break;
					}
				}
			}
		}

		List<String> withSource = found.stream().filter(id -> truthy(facts.get(id).source())).toList();
		Map<String, List<String>> aliases = sourceAliases();
		List<String> sourceOk = withSource.stream()
			.filter(id -> sourceMatches(aliases.getOrDefault(id, List.of(facts.get(id).source())),
					matched.get(id).get("Source")))
			.toList();
		long hedgeOk = found.stream()
			.filter(id -> !GoldRules.strip(GoldRules.strOr(matched.get(id).get("Hedge"))).isEmpty() == facts.get(id)
				.hedged())
			.count();

		Map<String, Object> m = new LinkedHashMap<>();
		m.put("facts_found", found.size() + "/" + facts.size());
		m.put("key_facts_found", keyFound + "/" + keyIds.size());
		m.put("conflicts_flagged", caught + "/" + conflicts.size());
		m.put("conflicts_clean", clean + "/" + conflicts.size());
		m.put("findings_pure", pure + "/" + multi.size());
		m.put("agreements_grouped", grouped + "/" + agreements.size());
		m.put("kept_apart", keptApart + "/" + apart.size());
		m.put("noise_facts", noisy.size());
		m.put("flags_total", flagged.size());
		m.put("flags_unexplained", unexplained.size());
		m.put("sources_right", sourceOk.size() + "/" + withSource.size());
		m.put("hedges_right", hedgeOk + "/" + found.size());
		m.put("fact_rows", factRows.size());
		m.put("findings", findings.size());

		Map<String, List<String>> detail = new LinkedHashMap<>();
		detail.put("missing_facts",
				facts.values()
					.stream()
					.filter(f -> matched.get(f.id()) == null)
					.map(f -> f.id() + " " + prefix(f.article(), 14) + " " + f.surface())
					.toList());
		detail.put("conflicts_missed", missed);
		detail.put("agreements_split", split);
		detail.put("merged_apart", merged);
		detail.put("noise_hits", noisy);
		detail.put("unexplained_flags", unexplained);
		detail.put("mixed_findings",
				multi.entrySet()
					.stream()
					.filter(e -> e.getValue().size() > 1)
					.map(e -> e.getKey() + ": " + pyList(e.getValue()))
					.toList());
		detail.put("wrong_sources", withSource.stream()
			.filter(id -> !sourceOk.contains(id))
			.map(id -> id + ": want " + facts.get(id).source() + " got " + GoldRules.str(matched.get(id).get("Source")))
			.toList());
		// not in score_report's detail: the conflicts flagged, but in a finding that
		// mixes slots
		detail.put("conflicts_unclean", unclean);
		return new Score(m, detail);
	}

	// ------------------------------------------------------------------------------------------------
	// Python's ways

	private static boolean truthy(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return false;
		}
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		if (node.isNumber()) {
			return node.asDouble() != 0.0;
		}
		if (node.isString()) {
			return !node.asString().isEmpty();
		}
		return node.size() > 0;
	}

	private static boolean truthy(String s) {
		return s != null && !s.isEmpty();
	}

	private static String text(JsonNode node) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return "None";
		}
		return node.isString() ? node.asString() : node.toString();
	}

	private static String textOrNull(JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode() ? null : text(node);
	}

	/** Length in code points, as Python counts. */
	private static int length(String s) {
		return s.codePointCount(0, s.length());
	}

	/** Python's {@code s[:n]}. */
	private static String prefix(String s, int n) {
		return length(s) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
	}

	/** Python's {@code str(sorted(strings))}. */
	private static String pyList(Set<String> strings) {
		List<String> sorted = new ArrayList<>(strings);
		sorted.sort(Comparator.comparing(s -> s.codePoints().toArray(), java.util.Arrays::compare));
		StringBuilder b = new StringBuilder("[");
		for (String s : sorted) {
			b.append(b.length() > 1 ? ", " : "").append(pyRepr(s));
		}
		return b.append(']').toString();
	}

	/** Python's {@code repr(str)}. */
	private static String pyRepr(String s) {
		char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
		StringBuilder b = new StringBuilder().append(quote);
		s.codePoints().forEach(cp -> {
			if (cp == quote || cp == '\\') {
				b.append('\\').appendCodePoint(cp);
			}
			else if (cp == '\n') {
				b.append("\\n");
			}
			else if (cp == '\r') {
				b.append("\\r");
			}
			else if (cp == '\t') {
				b.append("\\t");
			}
			else if (!printable(cp)) {
				b.append(cp < 0x100 ? String.format("\\x%02x", cp)
						: cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
			}
			else {
				b.appendCodePoint(cp);
			}
		});
		return b.append(quote).toString();
	}

	private static boolean printable(int cp) {
		if (cp == ' ') {
			return true;
		}
		return switch (Character.getType(cp)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR ->
				false;
			default -> true;
		};
	}

}
