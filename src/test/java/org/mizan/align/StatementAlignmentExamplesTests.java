package org.mizan.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.examples.ExampleCorpus;
import org.mizan.examples.ExampleCorpus.Expect;
import org.mizan.examples.ExampleCorpus.FactName;
import org.mizan.examples.ExampleCorpus.FactNames;
import org.mizan.examples.ExampleCorpus.YamlCase;
import org.mizan.examples.ExampleCorpus.YamlNotation;
import org.mizan.extract.Attribution;
import org.mizan.extract.attribution.AttributionAnalyzer;
import org.mizan.text.SentenceSplitter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code examples/statement-alignment.yml}, read by {@link ExampleCorpus#loadYaml}:
 * made-up corpora read by the attribution analyzer, their statements aligned, checked for
 * grouping, status and which sentences became statements. A statement is named
 * {@code article: words it contains}.
 */
class StatementAlignmentExamplesTests {

	private static final AttributionAnalyzer analyzer = new AttributionAnalyzer();

	private static final SentenceSplitter splitter = new SentenceSplitter();

	record Row(String article, Attribution attribution, AlignStatement statement) {
	}

	static final YamlNotation NOTATION = new YamlNotation(Set.of(),
			Set.of("together", "apart", "status", "narrated", "no-row"), FactNames.WORDS);

	static List<YamlCase> examples() {
		return ExampleCorpus.loadYaml("statement-alignment.yml", NOTATION);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void aligns(YamlCase example) {
		List<Row> rows = new ArrayList<>();
		example.articles().forEach((name, article) -> {
			String text = article.text().text();
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
		for (Expect expect : example.expect()) {
			List<FactName> names = expect.facts();
			switch (expect.kind()) {
				case "together" -> {
					Finding first = findingOf.get(row(rows, names.get(0), shown).statement().id());
					assertThat(first).as("a finding for %s in %s", names.get(0), shown).isNotNull();
					names.forEach(n -> assertThat(findingOf.get(row(rows, n, shown).statement().id())).as(shown)
						.isSameAs(first));
					if (expect.status() != null) {
						assertThat(first.status().name()).as(shown).isEqualTo(expect.status());
					}
				}
				case "apart" -> {
					Finding a = findingOf.get(row(rows, names.get(0), shown).statement().id());
					Finding b = findingOf.get(row(rows, names.get(1), shown).statement().id());
					assertThat(a == null || a != b).as("apart: %s", shown).isTrue();
				}
				case "narrated" -> {
					Attribution a = row(rows, names.get(0), shown).attribution();
					assertThat(a.source().name()).as(shown).isNull();
					assertThat(a.source().hedge()).as(shown).isNull();
				}
				default -> {
					FactName want = names.get(0);
					assertThat(rows).as(shown)
						.noneMatch(r -> r.article().equals(want.article())
								&& r.attribution().statement().contains(want.words()));
				}
			}
		}
	}

	private static Row row(List<Row> rows, FactName name, String shown) {
		return rows.stream()
			.filter(r -> r.article().equals(name.article()) && r.attribution().statement().contains(name.words()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no statement " + name + " in " + shown));
	}

}
