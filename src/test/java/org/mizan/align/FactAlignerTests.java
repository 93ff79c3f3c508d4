package org.mizan.align;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.extract.Approx;
import org.mizan.extract.ClaimFrame;

import static org.assertj.core.api.Assertions.assertThat;

class FactAlignerTests {

	private static AlignFact fact(String id, String article, int start, double value, String source,
			String... participants) {
		return new AlignFact(id, article, null, start, value, null, null, null, null, "fighter", "person", "مقاتل",
				"أرسل", "deploy", List.of(participants), source, source, null, null);
	}

	@Test
	void theSameClaimGetsTheSameIdInTheNextRun() {
		List<AlignFact> run1 = List.of(fact("x1", "a.txt", 10, 300, "s1", "مدينه"),
				fact("x2", "b.txt", 5, 900, "s2", "مدينه"));
		List<AlignFact> run2 = List.of(fact("y2", "b.txt", 5, 950, "s2", "مدينه"),
				fact("y1", "a.txt", 10, 300, "s1", "مدينه"), fact("y3", "c.txt", 7, 40, "s3", "جزيره"));
		Finding first = new FactAligner().align(run1).get(0);
		Finding again = new FactAligner().align(run2)
			.stream()
			.filter(f -> f.factIds().contains("y1"))
			.findFirst()
			.orElseThrow();
		assertThat(again.id()).isEqualTo(first.id()).matches("F-[0-9A-F]{6}");
	}

	@Test
	void idsAreUniqueWithinARunEvenWhenTheirSeedsCollide() {
		FindingIds ids = new FindingIds("F");
		assertThat(ids.next("k", "a", 1)).isNotEqualTo(ids.next("k", "a", 1));
	}

	@Test
	void factAndStatementFindingsNeverShareAnId() {
		// two aligners each keep their own ids; the kinds are told apart by their prefix
		assertThat(new FindingIds("F").next("k", "a", 1)).startsWith("F-");
		assertThat(new FindingIds("S").next("k", "a", 1)).startsWith("S-")
			.isNotEqualTo(new FindingIds("F").next("k", "a", 1));
	}

	@Test
	void aLargeBlockIsAlignedIntoItsClaims() {
		// its speed is measured by bench/end-to-end.sh, not here: a timed unit test fails
		// on a busy machine
		List<AlignFact> facts = new ArrayList<>();
		for (int i = 0; i < 60_000; i++) {
			ClaimFrame frame = new ClaimFrame("deaths", "deaths", null, "group" + (i / 3), null, null,
					ClaimFrame.Kind.COUNT, null, null);
			facts.add(new AlignFact("f" + i, "art" + (i / 20), null, i, 100.0 + i % 7, null, null, null, null, "killed",
					"person", "قتيل", null, "kill", List.of("common"), "src" + (i % 3), "src" + (i % 3), null, frame));
		}
		List<Finding> findings = new FactAligner().alignBlock(facts);
		assertThat(findings).hasSize(20_000);
	}

	@Test
	void aNumberAReaderGaveADatesFrameIsNeverInTheDatesClaim() {
		// a reader that takes the frame of the figure before («في مارس 2024، 3 منها»)
		// must not make the aligner read a number as a date
		ClaimFrame date = new ClaimFrame("date/event", "التاريخ", null, null, null, null, ClaimFrame.Kind.COUNT, null,
				null);
		AlignFact day = new AlignFact("d", "a.txt", null, 0, null, null, null, "2024-03", null, "date", "date", null,
				null, null, List.of(), "s1", "s1", null, date);
		AlignFact number = new AlignFact("n", "b.txt", null, 0, 3.0, null, null, null, null, "count", "number", null,
				null, null, List.of(), "s2", "s2", null, date);
		assertThat(new FactAligner().align(List.of(day, number))).hasSize(2);
	}

	@Test
	void aSharedWordNeverJoinsFactsOfDifferentMeasures() {
		ClaimFrame deaths = new ClaimFrame("deaths", "deaths", null, null, null, null, ClaimFrame.Kind.COUNT, null,
				null);
		ClaimFrame injured = new ClaimFrame("injured", "injured", null, null, null, null, ClaimFrame.Kind.COUNT, null,
				null);
		AlignFact dead = new AlignFact("d", "a.txt", null, 0, 39.0, null, null, null, null, "killed", "person", "قتيلا",
				null, "kill", List.of("بجايه"), "s1", "s1", null, deaths);
		AlignFact hurt = new AlignFact("i", "b.txt", null, 0, 412.0, null, null, null, null, "injured", "person",
				"جريحا", null, "injure", List.of("بجايه"), "s2", "s2", null, injured);
		assertThat(new FactAligner().align(List.of(dead, hurt))).hasSize(2)
			.allSatisfy(f -> assertThat(f.status()).isEqualTo(FindingStatus.SINGLE_SOURCE));
	}

	@Test
	void aTollThatRoseIsAnUpdateNotADisagreement() {
		ClaimFrame earlier = new ClaimFrame("deaths", "deaths", null, null, null, "earlier", ClaimFrame.Kind.COUNT,
				null, null);
		ClaimFrame later = new ClaimFrame("deaths", "deaths", null, null, null, "later", ClaimFrame.Kind.COUNT, null,
				null);
		ClaimFrame plain = new ClaimFrame("deaths", "deaths", null, null, null, null, ClaimFrame.Kind.COUNT, null,
				null);
		AlignFact nine = new AlignFact("9", "a.txt", null, 0, 9.0, null, null, null, null, "death", "person", "وفيات",
				null, "kill", List.of(), "s1", "s1", null, earlier);
		AlignFact fifteen = new AlignFact("15", "b.txt", null, 0, 15.0, null, null, null, null, "killed", "person",
				"قتيلا", null, "kill", List.of(), "s2", "s2", null, later);
		AlignFact seventeen = new AlignFact("17", "c.txt", null, 0, 17.0, null, null, null, null, "killed", "person",
				"قتيلا", null, "kill", List.of(), "s3", "s3", null, plain);
		// the 9 its text calls earlier is the update, apart from the figures of now
		List<Finding> findings = new FactAligner().align(List.of(nine, fifteen));
		assertThat(findings).extracting(Finding::factIds).containsExactlyInAnyOrder(List.of("9"), List.of("15"));
		assertThat(findings).filteredOn(f -> f.factIds().equals(List.of("9")))
			.singleElement()
			.extracting(Finding::status)
			.isEqualTo(FindingStatus.UPDATED);
		// a toll raised later than a plain one is one finding, updated
		AlignFact twelve = new AlignFact("12", "d.txt", null, 0, 12.0, null, null, null, null, "killed", "person",
				"قتيلا", null, "kill", List.of(), "s4", "s4", null, plain);
		Finding rose = new FactAligner().align(List.of(twelve, fifteen)).get(0);
		assertThat(rose.status()).isEqualTo(FindingStatus.UPDATED);
		assertThat(rose.factIds()).containsExactly("12", "15");
		// the figures of now that differ disagree, without the earlier one among them
		assertThat(new FactAligner().align(List.of(nine, fifteen, seventeen)))
			.filteredOn(f -> f.status() == FindingStatus.DISAGREE)
			.singleElement()
			.extracting(Finding::factIds)
			.isEqualTo(List.of("15", "17"));
	}

	@Test
	void whatNamesACountedNounByItsLexiconLabelWhateverTheSpelling() {
		ClaimFrame soldiers = new ClaimFrame("unit:soldier", "عسكرياً", null, null, null, null, ClaimFrame.Kind.COUNT,
				null, null);
		AlignFact withTanween = new AlignFact("a", "a.txt", null, 0, 182.0, null, null, null, null, "soldier", "person",
				"عسكرياً", null, null, List.of(), "s1", "s1", null, soldiers);
		AlignFact without = new AlignFact("b", "b.txt", null, 0, 182.0, null, null, null, null, "soldier", "person",
				"عسكريا", null, null, List.of(), "s2", "s2", null, soldiers);
		Finding finding = new FactAligner().align(List.of(withTanween, without)).get(0);
		assertThat(finding.what()).isEqualTo("عدد العسكريين");
	}

	@Test
	void whatNamesANounOutsideTheLexiconOncePerSpelling() {
		ClaimFrame wells = new ClaimFrame("unit:بئر", "بئراً", null, null, null, null, ClaimFrame.Kind.COUNT, null,
				null);
		AlignFact withTanween = new AlignFact("a", "a.txt", null, 0, 12.0, null, null, null, null, "بئر", "thing",
				"بئراً", null, null, List.of(), "s1", "s1", null, wells);
		AlignFact without = new AlignFact("b", "b.txt", null, 0, 12.0, null, null, null, null, "بئر", "thing", "بئرا",
				null, null, List.of(), "s2", "s2", null, wells);
		Finding finding = new FactAligner().align(List.of(withTanween, without)).get(0);
		assertThat(finding.what()).contains("بئراً").doesNotContain("/");
	}

	@Test
	void whatNamesAnAmountByItsCurrencyAndAnInterimCountByItsHour() {
		ClaimFrame funding = new ClaimFrame("unit:USD/money:USD", "دولار", null, null, null, null,
				ClaimFrame.Kind.COUNT, null, null);
		AlignFact amount = new AlignFact("a", "a.txt", null, 0, 4.6e6, null, null, null, null, "USD", "money:USD",
				"دولار", null, null, List.of(), "s1", "s1", null, funding);
		assertThat(new FactAligner().align(List.of(amount)).get(0).what()).isEqualTo("المبلغ بالدولار");
		ClaimFrame interim = new ClaimFrame("injured", "عدد المصابين", null, null, "hour:15", null,
				ClaimFrame.Kind.COUNT, null, null);
		AlignFact count = new AlignFact("b", "b.txt", null, 0, 60.0, null, null, null, null, "injured", "person",
				"مصابا", null, "injure", List.of(), "s1", "s1", null, interim);
		assertThat(new FactAligner().align(List.of(count)).get(0).what()).isEqualTo("عدد المصابين · حتى الساعة 15")
			.doesNotContain("hour:");
	}

	@Test
	void anOpenBoundMeetsEverythingAboveIt() {
		AlignFact more = new AlignFact("m", "a", null, 0, null, 500.0, null, null, Approx.MORE_THAN, "person", "person",
				null, null, "kill", List.of("x"), "s1", "s1", null, null);
		assertThat(new FactAligner().align(List.of(more, fact("p", "b", 0, 700, "s2", "x"))
			.stream()
			.map(f -> new AlignFact(f.factId(), f.article(), null, 0, f.value(), f.low(), f.high(), null, f.approx(),
					"person", "person", null, null, "kill", f.participants(), f.sourceKey(), f.sourceName(), null,
					null))
			.toList())).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.CONSISTENT));
	}

}
