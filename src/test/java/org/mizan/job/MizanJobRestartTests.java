package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.corpus.Corpus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run that fails in a step is restarted and ends with the same workbook as an
 * uninterrupted run.
 */
class MizanJobRestartTests extends JobTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRunThatFailedInTheReportStepIsRestartedToTheSameWorkbook() throws Exception {
		// given an uninterrupted run of the seeds as the reference
		RunOutcome reference = launcher.runOnDemand(SEED_CORPUS);
		assertThat(reference.status()).isEqualTo(BatchStatus.COMPLETED);

		// and a second corpus name whose report folder is blocked by a plain file: the
		// report step must fail
		Corpus blocked = new Corpus("blocked", Path.of("seeds").toAbsolutePath());
		Path obstacle = work.resolve("reports").resolve("blocked");
		Files.createDirectories(obstacle.getParent());
		Files.writeString(obstacle, "not a folder");

		// when it runs, it fails after extract and align, leaving no workbook
		RunOutcome failed = launcher.runOnDemand(blocked);
		assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.exitCode()).isEqualTo(RunOutcome.FAILED);
		assertThat(failed.reportPath()).isNull();

		// and once the fault is gone, restarting continues at the failed step
		Files.delete(obstacle);
		RunOutcome restarted = launcher.restart(failed.executionId());

		// then it completes with the same facts and findings as the uninterrupted run,
		// nothing duplicated
		assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.facts()).isEqualTo(reference.facts());
		Integer extractRuns = jdbc
			.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e "
					+ "ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID WHERE s.STEP_NAME = 'extract' AND e.JOB_INSTANCE_ID = "
					+ "(SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?)", Integer.class,
					failed.executionId());
		assertThat(extractRuns).as("the completed extract step is not run again").isEqualTo(1);
		WorkbookRows expected = WorkbookRows.read(Path.of(reference.reportPath()));
		WorkbookRows actual = WorkbookRows.read(Path.of(restarted.reportPath()));
		assertThat(withoutIds(actual.sheet("Facts"))).isEqualTo(withoutIds(expected.sheet("Facts")));
		assertThat(without(actual.sheet("Findings"), REVIEWER_COLUMNS))
			.isEqualTo(without(expected.sheet("Findings"), REVIEWER_COLUMNS));
		assertThat(actual.sheet("Articles")).isEqualTo(expected.sheet("Articles"));
	}

	/**
	 * Verdicts belong to a corpus: the reference corpus may carry some from other tests.
	 */
	static final List<String> REVIEWER_COLUMNS = List.of("Verdict", "Note", "Re-review");

	/** Fact ids are per run; everything else about a fact must be identical. */
	static List<Map<String, Object>> withoutIds(List<Map<String, Object>> facts) {
		return without(facts, List.of("Fact"));
	}

	static List<Map<String, Object>> without(List<Map<String, Object>> rows, List<String> columns) {
		return rows.stream().map(f -> {
			Map<String, Object> copy = new java.util.LinkedHashMap<>(f);
			columns.forEach(copy::remove);
			return copy;
		}).toList();
	}

}
