package org.mizan.align;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.extract.Approx;
import org.mizan.extract.Mention;
import org.mizan.extract.MentionKind;
import org.mizan.extract.quantity.BoundQuantity;
import org.mizan.extract.quantity.QuantityBinder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code examples/alignment.yml}: made-up corpora, bound and aligned, checked for
 * grouping and status.
 */
class AlignmentExamplesTests {

	private static final QuantityBinder binder = new QuantityBinder();

	private static final Pattern MARK = Pattern.compile("\\[([^\\]|]+)(?:\\|([^\\]]*))?\\]");

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

	static Stream<Arguments> examples() throws IOException {
		return YamlExamples.named("alignment.yml");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	@SuppressWarnings("unchecked")
	void aligns(Map<String, Object> example) {
		List<AlignFact> facts = new ArrayList<>();
		((Map<String, Map<String, String>>) example.get("articles"))
			.forEach((name, article) -> facts.addAll(facts(name, article)));
		List<Finding> findings = new FactAligner().align(facts);
		Map<String, Finding> findingOf = new HashMap<>();
		findings.forEach(f -> f.factIds().forEach(id -> findingOf.put(id, f)));
		assertThat(findingOf).hasSize(facts.size());
		String shown = findings.toString();
		for (Map<String, Object> expect : (List<Map<String, Object>>) example.get("expect")) {
			if (expect.containsKey("together")) {
				List<String> ids = (List<String>) expect.get("together");
				Finding first = findingOf.get(ids.get(0));
				assertThat(ids).as(shown).allMatch(id -> findingOf.get(id) == first);
				if (expect.containsKey("status")) {
					assertThat(first.status().name()).as(shown).isEqualTo(expect.get("status"));
				}
			}
			else {
				List<String> ids = (List<String>) expect.get("apart");
				assertThat(findingOf.get(ids.get(0))).as(shown).isNotSameAs(findingOf.get(ids.get(1)));
			}
		}
	}

	private static List<AlignFact> facts(String name, Map<String, String> article) {
		StringBuilder text = new StringBuilder();
		List<Mention> mentions = new ArrayList<>();
		List<Map<String, String>> options = new ArrayList<>();
		Matcher m = MARK.matcher(article.get("text"));
		int last = 0;
		while (m.find()) {
			text.append(article.get("text"), last, m.start());
			Map<String, String> o = options(m.group(2));
			mentions.add(mention(m.group(1), text.length(), o));
			options.add(o);
			text.append(m.group(1));
			last = m.end();
		}
		text.append(article.get("text").substring(last));
		List<BoundQuantity> bound = binder.bind(text.toString(), SeedFixtures.sentences(text.toString()), mentions);
		List<AlignFact> out = new ArrayList<>();
		for (int i = 0; i < bound.size(); i++) {
			BoundQuantity b = bound.get(i);
			Mention x = b.mention();
			String source = options.get(i).getOrDefault("src", article.get("source"));
			out.add(new AlignFact(name + "#" + (i + 1), name, article.get("copyOf"), x.start(), x.value(), x.low(),
					x.high(), x.date(), x.approx(), b.unit(), b.unitClass(), b.counted(), b.event(), b.eventClass(),
					b.participants(), source, source, null, b.frame()));
		}
		return out;
	}

	private static Map<String, String> options(String spec) {
		Map<String, String> o = new HashMap<>();
		if (spec != null) {
			for (String kv : spec.split(",")) {
				String[] p = kv.split("=", 2);
				o.put(p[0].trim(), p[1].trim());
			}
		}
		return o;
	}

	private static Mention mention(String surface, int at, Map<String, String> o) {
		int end = at + surface.length();
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
