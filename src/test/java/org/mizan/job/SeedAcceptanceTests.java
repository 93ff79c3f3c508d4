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

/** The seed corpus against its acceptance file: what must be found, flagged, grouped and left out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedAcceptanceTests extends JobTestSupport {

	GoldScorer score;

	@BeforeAll
	void runTheSeeds() throws Exception {
		RunOutcome outcome = launcher.runOnDemand(SEED_CORPUS);
		assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
		JsonNode gold;
		try (InputStream in = getClass().getResourceAsStream("/acceptance/seeds.json")) {
			gold = JsonMapper.builder().build().readTree(in);
		}
		score = new GoldScorer(gold, WorkbookRows.read(Path.of(outcome.reportPath())));
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
	void onlyTheHedgedFactIsHedged() {
		assertThat(score.hedgesWrong()).isEmpty();
	}

}
