package org.mizan.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.extract.Attribution;
import org.mizan.extract.SourceType;

/**
 * One key for every spelling of one source; a statement key that matches the same
 * statement elsewhere.
 */
class SourceKeyTests {

	private final SourceNamer namer = new SourceNamer(CueLexicon.load());

	private final AttributionAnalyzer analyzer = new AttributionAnalyzer();

	@Test
	void everySpellingOfAnOutletHasOneKey() {
		List<String> spellings = List.of("الشرق الأوسط", "“الشرق الأوسط” اللندنية", "صحيفة الشرق الأوسط",
				"صحيفة “شرق الأوسط” اللندنية", "صحفية ” الشرق الأوسط ” اللندنية", "«الشرق الأوسط»");
		assertThat(spellings.stream().map(s -> namer.key(s, namer.type(s))).distinct()).containsExactly("شرق اوسط");
	}

	@Test
	void aRelayNamedInViaHasTheKeyOfTheSameSourceFoundDirectly() {
		String direct = "وذكرت صحيفة “الشرق الأوسط” أن 40 شاحنة عبرت الحدود.";
		String relayed = "ونقلت صحفية ” الشرق الأوسط ” اللندنية عن المصادر أن 40 شاحنة عبرت الحدود.";
		Attribution a = analyzer.analyze(direct, TestSentences.of(direct)).statements().get(0);
		Attribution b = analyzer.analyze(relayed, TestSentences.of(relayed)).statements().get(0);
		SourceKeys keys = new SourceKeys();
		assertThat(b.source().via()).hasSize(1);
		assertThat(keys.key(b.source().via().get(0))).isEqualTo(a.source().key()).isEqualTo("شرق اوسط");
	}

	@Test
	void agencyKeysKeepWhatTellsThemApart() {
		assertThat(namer.key("وكالة الأنباء الفرنسية", SourceType.AGENCY)).isEqualTo("انباء فرنسيه");
		assertThat(namer.key("وكالة سانا للأنباء", SourceType.AGENCY)).isEqualTo("سانا");
		assertThat(namer.key("صحيفة لوموند الفرنسية", SourceType.OUTLET))
			.isEqualTo(namer.key("لوموند", SourceType.OUTLET));
	}

	@Test
	void frameLamIsNotPartOfTheName() {
		String text = "ووفقًا لخبير عسكري مستقل، زادت الرحلات إلى رحلتين في الأسبوع.";
		Attribution a = analyzer.analyze(text, TestSentences.of(text)).statements().get(0);
		assertThat(a.source().name()).isEqualTo("خبير عسكري مستقل");
		assertThat(a.source().type()).isEqualTo(SourceType.ANONYMOUS);
		assertThat(a.statement()).isEqualTo("زادت الرحلات إلى رحلتين في الأسبوع.");
	}

	@Test
	void relayChainNearestFirst() {
		String text = "نقلت صحيفة الغارديان البريطانية عن مصادر حكومية أن 12 وزيرا سيستقيلون.";
		Attribution a = analyzer.analyze(text, TestSentences.of(text)).statements().get(0);
		assertThat(a.source().name()).isEqualTo("مصادر حكومية");
		assertThat(a.source().via()).containsExactly("صحيفة الغارديان البريطانية");
	}

	@Test
	void theSameStatementToldTwiceHasOverlappingKeys() {
		String one = "قالت صحيفة الوطن إن الوزير زار العاصمة سرا والتقى بالرئيس.";
		String two = "وذكرت وكالة الأنباء أن الوزير التقى الرئيس خلال زيارة سرية للعاصمة.";
		List<String> a = List
			.of(analyzer.analyze(one, TestSentences.of(one)).statements().get(0).statementKey().split(" "));
		List<String> b = List
			.of(analyzer.analyze(two, TestSentences.of(two)).statements().get(0).statementKey().split(" "));
		assertThat(a).contains("وزير", "رئيس", "عاصمه").doesNotContain("إن", "في");
		assertThat(b).contains("وزير", "رئيس", "عاصمه");
	}

}
