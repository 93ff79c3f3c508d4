package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mizan.corpus.Corpus;
import org.mizan.store.RunInputs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rerun of a corpus whose files did not change shares the earlier run's rows and keeps
 * its workbook; any change (an article, a verdict) gives a fresh extraction and
 * alignment, or a fresh workbook.
 */
class IncrementalRerunTests extends JobTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RunInputs inputs;

	@Test
	void aRerunOfAnUnchangedCorpusHasTheSameFindingsAndKeepsTheWorkbook() throws Exception {
		// given a run of a copy of the seed corpus
		Corpus corpus = copyOfSeeds("unchanged");
		RunOutcome first = launcher.runOnDemand(corpus);
		long reports = workbooks(first);

		// when it is run again with nothing changed
		RunOutcome second = launcher.runOnDemand(corpus);

		// then it is a run of its own that read the same inputs and shares the first
		// run's rows instead of copying them
		assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
		long firstRun = runId(first);
		long secondRun = runId(second);
		assertThat(secondRun).isNotEqualTo(firstRun);
		assertThat(fingerprint(secondRun)).isNotNull().isEqualTo(fingerprint(firstRun));
		assertThat(jdbc.queryForObject("SELECT SAME_AS FROM MIZAN_RUN WHERE RUN_ID = ?", Long.class, secondRun))
			.isEqualTo(firstRun);
		for (String table : List.of("MIZAN_ARTICLE", "MIZAN_FACT", "MIZAN_ATTRIBUTION", "MIZAN_FINDING")) {
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE RUN_ID = ?", Integer.class,
					secondRun))
				.as(table)
				.isZero();
		}
		// and it reports the same articles, facts and findings
		assertThat(second.articles()).isEqualTo(first.articles());
		assertThat(second.facts()).isEqualTo(first.facts());
		assertThat(second.findings()).isNotEmpty().isEqualTo(first.findings());
		// and the workbook the first run wrote is still the latest: no second copy of the
		// same workbook
		assertThat(second.reportPath()).isEqualTo(first.reportPath());
		assertThat(workbooks(second)).isEqualTo(reports);
		assertThat(Path.of(first.reportPath()).resolveSibling("latest.xlsx"))
			.hasSameBinaryContentAs(Path.of(first.reportPath()));
	}

	@Test
	void aChangedArticleIsAlignedAgainAndWrittenToANewWorkbook() throws Exception {
		// given a run of a copy of the seed corpus
		Corpus corpus = copyOfSeeds("changed");
		RunOutcome first = launcher.runOnDemand(corpus);

		// when one article gains a sentence with a new number and the corpus is run again
		Path article = articles(corpus).get(0);
		Files.writeString(article, Files.readString(article) + "\nوأعلنت الوزارة أن 742 جندياً وصلوا أمس.\n");
		RunOutcome second = launcher.runOnDemand(corpus);

		// then the inputs differ, the new fact is aligned into a finding and a new
		// workbook shows it
		assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(fingerprint(runId(second))).isNotEqualTo(fingerprint(runId(first)));
		assertThat(second.facts()).isEqualTo(first.facts() + 1);
		assertThat(second.reportPath()).isNotEqualTo(first.reportPath());
		List<Map<String, Object>> facts = WorkbookRows.read(Path.of(second.reportPath())).sheet("Facts");
		assertThat(facts).anySatisfy(f -> {
			assertThat(f.get("Value")).isEqualTo(742.0);
			assertThat(f.get("Finding")).asString().isNotBlank();
		});
	}

	@Test
	void aVerdictRecordedSinceTheLastRunGivesANewWorkbookWithIt() throws Exception {
		// given two runs of an unchanged corpus, the second keeping the first one's
		// workbook
		Corpus corpus = copyOfSeeds("verdict");
		launcher.runOnDemand(corpus);
		RunOutcome kept = launcher.runOnDemand(corpus);
		Path latest = Path.of(kept.reportPath()).resolveSibling("latest.xlsx");

		// when the reviewer records a verdict in latest.xlsx and the corpus is run again
		String finding = VerdictCarryOverTests.edit(latest, 0, "confirmed discrepancy", null, null);
		RunOutcome third = launcher.runOnDemand(corpus);

		// then the rows are still shared but the workbook is written anew from them, with
		// the verdict
		assertThat(fingerprint(runId(third))).isEqualTo(fingerprint(runId(kept)));
		assertThat(third.findings()).isEqualTo(kept.findings());
		assertThat(third.reportPath()).isNotEqualTo(kept.reportPath());
		Map<String, Object> row = WorkbookRows.read(Path.of(third.reportPath()))
			.sheet("Findings")
			.stream()
			.filter(r -> finding.equals(r.get("Finding")))
			.findFirst()
			.orElseThrow();
		assertThat(row.get("Verdict")).isEqualTo("confirmed discrepancy");
	}

	@Test
	void aRunWhoseFilesChangedWhileItReadThemIsNeverShared() throws Exception {
		// given a run that extracted other bytes than its inventory hashed (a file
		// rewritten in between)
		Corpus corpus = copyOfSeeds("raced");
		RunOutcome first = launcher.runOnDemand(corpus);
		long firstRun = runId(first);
		jdbc.update("UPDATE MIZAN_ARTICLE SET SHA256 = ? WHERE RUN_ID = ? AND FILE = ?", "0".repeat(64), firstRun,
				articles(corpus).get(0).getFileName().toString());

		// when that is checked, as the align step does after extracting
		boolean confirmed = inputs.confirm(firstRun);

		// then the run keeps no fingerprint, and the next run of the same files extracts
		// and aligns on its own
		assertThat(confirmed).isFalse();
		assertThat(fingerprint(firstRun)).isNull();
		RunOutcome second = launcher.runOnDemand(corpus);
		assertThat(jdbc.queryForObject("SELECT SAME_AS FROM MIZAN_RUN WHERE RUN_ID = ?", Long.class, runId(second)))
			.isNull();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM MIZAN_FACT WHERE RUN_ID = ?", Long.class, runId(second)))
			.isEqualTo(first.facts());
		// and an ordinary run keeps its fingerprint through the check
		assertThat(inputs.confirm(runId(second))).isTrue();
		assertThat(fingerprint(runId(second))).isNotNull();
	}

	private Corpus copyOfSeeds(String name) throws IOException {
		Path dir = Files.createDirectories(work.resolve("corpora").resolve(name));
		try (Stream<Path> seeds = Files.list(SEED_CORPUS.folder())) {
			for (Path seed : seeds.filter(Files::isRegularFile).toList()) {
				Files.copy(seed, dir.resolve(seed.getFileName()));
			}
		}
		return new Corpus("incremental-" + name, dir);
	}

	private static List<Path> articles(Corpus corpus) throws IOException {
		try (Stream<Path> files = Files.list(corpus.folder())) {
			return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
	}

	private static long workbooks(RunOutcome outcome) throws IOException {
		try (Stream<Path> files = Files.list(Path.of(outcome.reportPath()).getParent())) {
			return files.filter(f -> f.toString().endsWith(".xlsx")).count();
		}
	}

	private long runId(RunOutcome outcome) {
		return jdbc.queryForObject("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?",
				Long.class, outcome.executionId());
	}

	private String fingerprint(long runId) {
		return jdbc.queryForObject("SELECT INPUT_FINGERPRINT FROM MIZAN_RUN WHERE RUN_ID = ?", String.class, runId);
	}

}
