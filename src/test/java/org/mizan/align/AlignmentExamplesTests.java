package org.mizan.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.examples.ExampleCorpus;
import org.mizan.examples.ExampleCorpus.Article;
import org.mizan.examples.ExampleCorpus.Expect;
import org.mizan.examples.ExampleCorpus.FactName;
import org.mizan.examples.ExampleCorpus.FactNames;
import org.mizan.examples.ExampleCorpus.Mark;
import org.mizan.examples.ExampleCorpus.YamlCase;
import org.mizan.examples.ExampleCorpus.YamlNotation;
import org.mizan.extract.Approx;
import org.mizan.extract.Mention;
import org.mizan.extract.MentionKind;
import org.mizan.extract.quantity.BoundQuantity;
import org.mizan.extract.quantity.QuantityBinder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code examples/alignment.yml}, read by {@link ExampleCorpus#loadYaml}: made-up
 * corpora, bound and aligned, checked for grouping and status. A fact is named
 * {@code article#n}, the n-th mark of the article; a mark's options are {@code date=ISO},
 * {@code time=HH:MM}, {@code low=}, {@code high=} (low alone: at least), {@code unit=},
 * {@code src=} (the mark's source, over the article's) and {@code v=} (the value of a
 * spelled number); a marked text starting {@code نحو/حوالي/قرابة} is about,
 * {@code أكثر من} more than.
 */
class AlignmentExamplesTests {

	static final YamlNotation NOTATION = new YamlNotation(Set.of("date", "time", "low", "high", "unit", "src", "v"),
			Set.of("together", "apart", "status"), FactNames.MARKS);

	private static final QuantityBinder binder = new QuantityBinder();

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

	static List<YamlCase> examples() {
		return ExampleCorpus.loadYaml("alignment.yml", NOTATION);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void aligns(YamlCase example) {
		List<AlignFact> facts = new ArrayList<>();
		example.articles().values().forEach(article -> facts.addAll(facts(article)));
		List<Finding> findings = new FactAligner().align(facts);
		Map<String, Finding> findingOf = new HashMap<>();
		findings.forEach(f -> f.factIds().forEach(id -> findingOf.put(id, f)));
		assertThat(findingOf).hasSize(facts.size());
		String shown = example + "\n" + findings;
		for (Expect expect : example.expect()) {
			List<String> ids = expect.facts().stream().map(FactName::name).toList();
			if (expect.kind().equals("together")) {
				Finding first = findingOf.get(ids.get(0));
				assertThat(ids).as(shown).allMatch(id -> findingOf.get(id) == first);
				if (expect.status() != null) {
					assertThat(first.status().name()).as(shown).isEqualTo(expect.status());
				}
			}
			else {
				assertThat(findingOf.get(ids.get(0))).as(shown).isNotSameAs(findingOf.get(ids.get(1)));
			}
		}
	}

	private static List<AlignFact> facts(Article article) {
		String text = article.text().text();
		List<Mark> marks = article.text().marks();
		List<Mention> mentions = marks.stream().map(AlignmentExamplesTests::mention).toList();
		List<BoundQuantity> bound = binder.bind(text, SeedFixtures.sentences(text), mentions);
		List<AlignFact> out = new ArrayList<>();
		for (int i = 0; i < bound.size(); i++) {
			BoundQuantity b = bound.get(i);
			Mention x = b.mention();
			String source = marks.get(i).keyValues().getOrDefault("src", article.source());
			out.add(new AlignFact(article.name() + "#" + (i + 1), article.name(), article.copyOf(), x.start(),
					x.value(), x.low(), x.high(), x.date(), x.approx(), b.unit(), b.unitClass(), b.counted(), b.event(),
					b.eventClass(), b.participants(), source, source, null, b.frame()));
		}
		return out;
	}

	private static Mention mention(Mark mark) {
		String surface = mark.surface();
		Map<String, String> o = mark.keyValues();
		int at = mark.start();
		int end = mark.end();
		if (o.containsKey("time")) {
			return new Mention(surface, at, end, MentionKind.TIME, null, null, null, null, null, o.get("time"));
		}
		if (o.containsKey("date")) {
			return new Mention(surface, at, end, MentionKind.DATE, null, null, null, null, null, o.get("date"));
		}
		if (o.containsKey("low") && !o.containsKey("high")) {
			return new Mention(surface, at, end, MentionKind.NUMBER, null, Double.valueOf(o.get("low")), null,
					Approx.AT_LEAST, o.get("unit"), null);
		}
		if (o.containsKey("low")) {
			return new Mention(surface, at, end, MentionKind.RANGE, null, Double.valueOf(o.get("low")),
					Double.valueOf(o.get("high")), Approx.RANGE, o.get("unit"), null);
		}
		Matcher n = NUMBER.matcher(surface);
		double v = o.containsKey("v") ? Double.parseDouble(o.get("v")) : n.find() ? Double.parseDouble(n.group()) : 1;
		Approx approx = surface.startsWith("أكثر من") ? Approx.MORE_THAN
				: surface.matches("^(نحو|حوالي|قرابة) .*") ? Approx.ABOUT : null;
		MentionKind kind = o.containsKey("unit") ? MentionKind.MONEY : MentionKind.NUMBER;
		Double lo = approx == Approx.MORE_THAN ? v : null;
		return new Mention(surface, at, end, kind, approx == Approx.MORE_THAN ? null : v, lo, null, approx,
				o.get("unit"), null);
	}

}
