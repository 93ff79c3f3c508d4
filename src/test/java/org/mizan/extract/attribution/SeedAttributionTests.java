package org.mizan.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.extract.Attribution;
import org.mizan.extract.Hedge;
import org.mizan.extract.SourceRef;
import org.mizan.text.TextSpan;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gold sources and hedges of the seed articles, matched the way the scorer matches
 * them.
 */
class SeedAttributionTests {

	private static final AttributionAnalyzer ANALYZER = new AttributionAnalyzer();

	record GoldFact(String id, String article, String surface, String source, boolean hedged) {
		@Override
		public String toString() {
			return id + " " + surface;
		}
	}

	static List<GoldFact> facts() throws IOException {
		JsonNode gold = JsonMapper.builder()
			.build()
			.readTree(Path.of("src/test/resources/acceptance/seeds.json").toFile());
		List<GoldFact> out = new ArrayList<>();
		for (JsonNode f : gold.get("facts")) {
			JsonNode source = f.get("source");
			out.add(new GoldFact(f.get("id").asString(), f.get("article").asString(), f.get("surface").asString(),
					source == null || source.isNull() ? null : source.asString(), f.get("hedged").asBoolean()));
		}
		return out;
	}

	static String article(String prefix) throws IOException {
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
			return Files.readString(file, StandardCharsets.UTF_8);
		}
	}

	static SourceRef sourceOf(GoldFact fact) throws IOException {
		String text = article(fact.article());
		int at = text.indexOf(fact.surface());
		assertThat(at).as("surface of %s", fact).isGreaterThanOrEqualTo(0);
		return ANALYZER.analyze(text, TestSentences.of(text)).sourceFor(new TextSpan(at, at + fact.surface().length()));
	}

	/** The scorer's rule: the gold name without ال inside ours, or ours inside gold. */
	static boolean sameSource(String gold, String ours) {
		String g = ScorerNorm.norm(gold).replace("ال", "");
		String o = ScorerNorm.norm(ours).replace("ال", "");
		return !o.isEmpty() && (o.contains(g) || g.contains(o));
	}

	@Test
	void atLeastNinetyPercentOfGoldSourcesAreRight() throws IOException {
		List<String> wrong = new ArrayList<>();
		int withSource = 0;
		for (GoldFact f : facts()) {
			if (f.source() != null) {
				withSource++;
				SourceRef ref = sourceOf(f);
				if (!sameSource(f.source(), ref.name())) {
					wrong.add(f + ": want " + f.source() + " got " + ref.name());
				}
			}
		}
		System.out.printf("seed sources right: %d/%d %s%n", withSource - wrong.size(), withSource, wrong);
		assertThat(withSource - wrong.size()).as("%s", wrong).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * withSource));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("facts")
	void goldSourceAndHedge(GoldFact fact) throws IOException {
		SourceRef ref = sourceOf(fact);
		if (fact.source() != null) {
			assertThat(sameSource(fact.source(), ref.name())).as("source %s, got %s", fact.source(), ref.name())
				.isTrue();
		}
		assertThat(ref.hedge() != null).as("hedge %s", ref.hedge()).isEqualTo(fact.hedged());
	}

	@Test
	void f07IsClaimed() throws IOException {
		GoldFact f07 = facts().stream().filter(f -> f.id().equals("F07")).findFirst().orElseThrow();
		assertThat(sourceOf(f07).hedge()).isEqualTo(Hedge.CLAIMED);
	}

	@Test
	void leMondeIsRelayedAsAWholeAndCreditedAsTheOrigin() throws IOException {
		// no masthead or byline; the credit line «المصدر : لوموند» names the original the
		// report reprints
		String text = article("004");
		ArticleAttributions article = ANALYZER.analyze(text, TestSentences.of(text));
		assertThat(article.publisher()).isEqualTo("لوموند");
		int figure = text.indexOf("حوالي 3000");
		assertThat(figure).isPositive();
		assertThat(article.sourceFor(new org.mizan.text.TextSpan(figure, figure + 10)).name()).isNotNull();
	}

	@Test
	void theBylineNamesThePublisherNotTheOutletTheArticleCites() throws IOException {
		String text = article("002");
		assertThat(ANALYZER.analyze(text, TestSentences.of(text)).publisher()).isEqualTo("الرئيس نيوز");
	}

	record GoldStatement(String article, String source, String words, Hedge hedge) {
	}

	static Stream<GoldStatement> goldStatements() {
		return Stream.of(new GoldStatement("000", "الشرق الأوسط", "زيارة سرية", null),
				new GoldStatement("001", "الشرق الأوسط", "زيارة سرية", Hedge.CLAIMED),
				new GoldStatement("002", "الشرق الأوسط", "زيارة سرية", null),
				new GoldStatement("003", "الشرق الأوسط", "زيارة سرية", null),
				new GoldStatement("002", "أشرف سينو", "التسريبات تتحدث", Hedge.LEAKED),
				new GoldStatement("000", "المقداد", "معركة واحدة", null),
				new GoldStatement("002", "وليد المعلم", "استئناف العلاقات", null),
				new GoldStatement("004", "لوموند", "تحالفا مع نظام", null),
				new GoldStatement("004", "وكالة سانا", "التصدي المشترك", null),
				new GoldStatement("004", "غسان سلامة", "نشاطا جويا", null),
				new GoldStatement("004", "جلال حراشاوي", "الدعاية", null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goldStatements")
	void goldAttributionIsAmongStatements(GoldStatement gold) throws IOException {
		String text = article(gold.article());
		List<Attribution> statements = ANALYZER.analyze(text, TestSentences.of(text)).statements();
		assertThat(statements).as("%s", statements)
			.anyMatch(a -> (sameSource(gold.source(), a.source().name())
					|| a.source().via().stream().anyMatch(v -> sameSource(gold.source(), v)))
					&& a.statement().contains(gold.words()) && a.source().hedge() == gold.hedge());
	}

}
