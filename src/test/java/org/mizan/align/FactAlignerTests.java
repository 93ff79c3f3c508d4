package org.mizan.align;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.extract.Approx;

import static org.assertj.core.api.Assertions.assertThat;

class FactAlignerTests {

	private static AlignFact fact(String id, String article, int start, double value, String source, String... participants) {
		return new AlignFact(id, article, null, start, value, null, null, null, null, "fighter", "person", "مقاتل",
				"أرسل", "deploy", List.of(participants), source, source, null);
	}

	@Test
	void theSameClaimGetsTheSameIdInTheNextRun() {
		List<AlignFact> run1 = List.of(fact("x1", "a.txt", 10, 300, "s1", "مدينه"), fact("x2", "b.txt", 5, 900, "s2", "مدينه"));
		List<AlignFact> run2 = List.of(fact("y2", "b.txt", 5, 950, "s2", "مدينه"), fact("y1", "a.txt", 10, 300, "s1", "مدينه"),
				fact("y3", "c.txt", 7, 40, "s3", "جزيره"));
		Finding first = new FactAligner().align(run1).get(0);
		Finding again = new FactAligner().align(run2).stream().filter(f -> f.factIds().contains("y1")).findFirst().orElseThrow();
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
		// its speed is measured by bench/end-to-end.sh, not here: a timed unit test fails on a busy machine
		List<AlignFact> facts = new ArrayList<>();
		for (int i = 0; i < 60_000; i++) {
			facts.add(fact("f" + i, "art" + (i / 20), i, 100 + i % 7, "src" + (i % 3), "place" + (i / 3), "common"));
		}
		List<Finding> findings = new FactAligner().alignBlock(facts);
		assertThat(findings).hasSize(20_000);
	}

	@Test
	void anOpenBoundMeetsEverythingAboveIt() {
		AlignFact more = new AlignFact("m", "a", null, 0, null, 500.0, null, null, Approx.MORE_THAN, "person", "person",
				null, null, "kill", List.of("x"), "s1", "s1", null);
		assertThat(new FactAligner().align(List.of(more, fact("p", "b", 0, 700, "s2", "x")).stream()
			.map(f -> new AlignFact(f.factId(), f.article(), null, 0, f.value(), f.low(), f.high(), null, f.approx(),
					"person", "person", null, null, "kill", f.participants(), f.sourceKey(), f.sourceName(), null))
			.toList())).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.CONSISTENT));
	}

}
