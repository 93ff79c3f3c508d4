package org.mizan.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.extract.Attribution;
import org.mizan.extract.attribution.AttributionAnalyzer;
import org.mizan.text.SentenceSplitter;

/**
 * Runs {@code examples/statement-alignment.yml}: made-up corpora read by the attribution
 * analyzer, their statements aligned, checked for grouping, status and which sentences
 * became statements.
 */
class StatementAlignmentExamplesTests {

	private static final AttributionAnalyzer analyzer = new AttributionAnalyzer();

	private static final SentenceSplitter splitter = new SentenceSplitter();

	record Row(String article, Attribution attribution, AlignStatement statement) {
	}

	static Stream<Arguments> examples() throws IOException {
		return YamlExamples.named("statement-alignment.yml");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	@SuppressWarnings("unchecked")
	void aligns(Map<String, Object> example) {
		List<Row> rows = new ArrayList<>();
		((Map<String, String>) example.get("articles")).forEach((name, text) -> {
			for (Attribution a : analyzer.analyze(text, splitter.split(text)).statements()) {
				rows.add(new Row(name, a, new AlignStatement(name + "@" + a.start(), name, null, a.start(),
						a.source().key(), a.source().name(), a.source().hedge(), a.statementKey(), a.statement())));
			}
		});
		List<Finding> findings = new StatementAligner().align(rows.stream().map(Row::statement).toList());
		Map<String, Finding> findingOf = new HashMap<>();
		findings.forEach(f -> f.factIds().forEach(id -> findingOf.put(id, f)));
		String shown = rows.stream()
			.map(r -> r.article() + " " + r.attribution().source().name() + " | " + r.attribution().statementKey())
			.toList() + "\n" + findings;
		for (Map<String, Object> expect : (List<Map<String, Object>>) example.get("expect")) {
			if (expect.containsKey("together")) {
				List<String> names = (List<String>) expect.get("together");
				Finding first = findingOf.get(row(rows, names.get(0), shown).statement().id());
				assertThat(first).as("a finding for %s in %s", names.get(0), shown).isNotNull();
				names.forEach(
						n -> assertThat(findingOf.get(row(rows, n, shown).statement().id())).as(shown).isSameAs(first));
				if (expect.containsKey("status")) {
					assertThat(first.status().name()).as(shown).isEqualTo(expect.get("status"));
				}
			}
			else if (expect.containsKey("apart")) {
				List<String> names = (List<String>) expect.get("apart");
				Finding a = findingOf.get(row(rows, names.get(0), shown).statement().id());
				Finding b = findingOf.get(row(rows, names.get(1), shown).statement().id());
				assertThat(a == null || a != b).as("apart: %s", shown).isTrue();
			}
			else if (expect.containsKey("narrated")) {
				Attribution a = row(rows, (String) expect.get("narrated"), shown).attribution();
				assertThat(a.source().name()).as(shown).isNull();
				assertThat(a.source().hedge()).as(shown).isNull();
			}
			else {
				String[] want = ((String) expect.get("no-row")).split(": ", 2);
				assertThat(rows).as(shown)
					.noneMatch(r -> r.article().equals(want[0]) && r.attribution().statement().contains(want[1]));
			}
		}
	}

	private static Row row(List<Row> rows, String name, String shown) {
		String[] want = name.split(": ", 2);
		return rows.stream()
			.filter(r -> r.article().equals(want[0]) && r.attribution().statement().contains(want[1]))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no statement " + name + " in " + shown));
	}

}
