package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mizan.corpus.Corpus;
import org.springframework.batch.core.BatchStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed corpus against its acceptance file: what must be found, flagged, grouped and
 * left out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedAcceptanceTests extends JobTestSupport {

	GoldScorer score;

	WorkbookRows workbook;

	@BeforeAll
	void runTheSeeds() throws Exception {
		RunOutcome outcome = launcher.runOnDemand(SEED_CORPUS);
		assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode gold;
		try (InputStream in = getClass().getResourceAsStream("/acceptance/seeds.json")) {
			gold = JsonMapper.builder().build().readTree(in);
		}
		workbook = WorkbookRows.read(Path.of(outcome.reportPath()));
		score = new GoldScorer(gold, workbook);
	}

	@Test
	void everyKeyFactIsFoundWithItsValue() {
		assertThat(score.missingKeyFacts()).isEmpty();
	}

	@Test
	void bothDisagreementsAreFlagged() {
		assertThat(score.conflictsMissed()).isEmpty();
	}

	@Test
	void agreementsAreGroupedAndNotFlagged() {
		assertThat(score.agreementsSplit()).isEmpty();
		assertThat(score.statusOf("F03")).isNotEqualTo("DISAGREE");
	}

	@Test
	void differentThingsAreKeptApart() {
		assertThat(score.mergedApart()).isEmpty();
	}

	@Test
	void pageBoilerplateGivesNoFacts() {
		assertThat(score.noiseHits()).isEmpty();
	}

	@Test
	void atMostTwoUnexplainedDisagreements() {
		assertThat(score.unexplainedFlags()).hasSizeLessThanOrEqualTo(2);
	}

	@Test
	void fortySixProtocolsIsASingleSourceClaim() {
		assertThat(score.statusOf("F05")).isEqualTo("SINGLE_SOURCE");
	}

	@Test
	void nineInTenSourcesAreRight() {
		List<String> wrong = new ArrayList<>();
		int[] rightOfTotal = score.sourcesRight(wrong);
		assertThat(rightOfTotal[1]).isPositive();
		assertThat((double) rightOfTotal[0] / rightOfTotal[1]).as("sources right; wrong: %s", wrong)
			.isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void theSecretVisitRelayedByFourArticlesIsOneStatementFindingThatDrifts() {
		// the statements every article attributes to the one outlet, as the gold's
		// attributions list them
		List<java.util.Map<String, Object>> relayed = workbook.sheet("Attributions")
			.stream()
			.filter(a -> GoldScorer.norm((String) a.get("Source")).contains("شرق الاوسط"))
			.filter(a -> GoldScorer.norm((String) a.get("Statement")).contains("زياره سريه"))
			.toList();
		assertThat(relayed).extracting(a -> ((String) a.get("Article")).substring(0, 3))
			.contains("000", "001", "002", "003");
		assertThat(relayed).extracting(a -> a.get("Finding"))
			.doesNotContainNull()
			.containsOnly(relayed.get(0).get("Finding"));
		assertThat(relayed).filteredOn(a -> ((String) a.get("Article")).startsWith("001"))
			.anySatisfy(a -> assertThat(a.get("Hedge")).isEqualTo("claimed"));
		assertThat(workbook.sheet("Findings")).filteredOn(f -> f.get("Finding").equals(relayed.get(0).get("Finding")))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.get("Status")).isEqualTo("HEDGE_DRIFT");
				assertThat(f.get("Sources")).as("four articles relaying one outlet count once").isEqualTo(1.0);
			});
	}

	@Test
	void theMeetingStatedAsFactInOneArticleAndLeakedInAnotherIsOneStatementFindingThatDrifts() {
		// 001 tells of the meeting of the two men on its own authority; 002 reports it
		// from leaks, naming one of
		// them by his given name only (the corpus writes his full name in 004)
		List<java.util.Map<String, Object>> rows = workbook.sheet("Attributions");
		java.util.Map<String, Object> stated = rows.stream()
			.filter(a -> ((String) a.get("Article")).startsWith("001") && a.get("Source") == null)
			.filter(a -> GoldScorer.norm((String) a.get("Statement")).contains("اجتماعات بين حفتر"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no unattributed meeting statement in 001"));
		java.util.Map<String, Object> leaked = rows.stream()
			.filter(a -> ((String) a.get("Article")).startsWith("002"))
			.filter(a -> GoldScorer.norm((String) a.get("Statement")).contains("التقي بالرئيس بشار"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no leaked meeting statement in 002"));
		assertThat(stated.get("Hedge")).isNull();
		assertThat(leaked.get("Hedge")).isEqualTo("leaked");
		assertThat(stated.get("Finding")).isNotNull().isEqualTo(leaked.get("Finding"));
		assertThat(workbook.sheet("Findings")).filteredOn(f -> f.get("Finding").equals(stated.get("Finding")))
			.singleElement()
			.satisfies(f -> assertThat(f.get("Status")).isEqualTo("HEDGE_DRIFT"));
	}

	@Test
	void onlyTheHedgedFactIsHedged() {
		assertThat(score.hedgesWrong()).isEmpty();
	}

}
