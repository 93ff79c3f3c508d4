package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.corpus.Corpus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real job on the seed corpus, against an HSQLDB file database in a temporary folder.
 */
class MizanJobFunctionalTests extends JobTestSupport {

	static final Path SEEDS = Path.of("seeds");

	@Autowired
	JdbcTemplate jdbc;

	static final List<String> FINDINGS_HEADERS = List.of("Finding", "Status", "What", "Unit", "Values", "Low", "High",
			"Spread", "Sources", "Articles", "Verdict", "Note");

	static final List<String> FACTS_HEADERS = List.of("Fact", "Finding", "Article", "Line", "Start", "End", "Surface",
			"Value", "Low", "High", "Approx", "Unit", "Counted", "Event", "Source", "Source type", "Hedge", "Evidence");

	static final List<String> ATTRIBUTIONS_HEADERS = List.of("Article", "Start", "End", "Source", "Source type", "Via",
			"Cue", "Hedge", "Statement", "Finding");

	static final List<String> ARTICLES_HEADERS = List.of("File", "Title", "Outlet", "SHA-256", "Characters", "Facts",
			"Status", "Reason");

	@Test
	void seedCorpusGivesAWorkbookWithEveryContractSheetAndTheKeyFacts() throws Exception {
		// given the seed corpus
		Corpus seeds = SEED_CORPUS;

		// when it is run on demand
		RunOutcome outcome = launcher.runOnDemand(seeds);

		// then the run completes and the workbook holds the contract sheets, in order
		assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(outcome.exitCode()).isZero();
		Path report = Path.of(outcome.reportPath());
		assertThat(report).exists().hasFileName("seeds-" + report.getFileName().toString().substring(6));
		assertThat(report.resolveSibling("latest.xlsx")).exists().hasSameBinaryContentAs(report);
		assertThat(Files.getPosixFilePermissions(report)).as("a reviewer can open it")
			.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
		WorkbookRows wb = WorkbookRows.read(report);
		assertThat(wb.sheetNames()).containsSubsequence("Summary", "Findings", "Facts", "Sources", "Articles");
		assertThat(wb.sheetNames()).contains("Attributions");
		assertThat(wb.headers().get("Findings")).startsWith(FINDINGS_HEADERS.toArray(String[]::new));
		assertThat(wb.headers().get("Facts")).startsWith(FACTS_HEADERS.toArray(String[]::new));
		assertThat(wb.headers().get("Attributions")).startsWith(ATTRIBUTIONS_HEADERS.toArray(String[]::new));
		assertThat(wb.headers().get("Articles")).startsWith(ARTICLES_HEADERS.toArray(String[]::new));

		// and the facts a reader sees first, with offsets that point at the surface in
		// the file
		assertFact(wb, "000", "نحو 5 آلاف", 5000);
		assertFact(wb, "004", "حوالي 3000", 3000);
		assertFact(wb, "001", "46", 46);
		assertFact(wb, "004", "حوالي ثلاثمائة", 300);
		assertFact(wb, "004", "1500", 1500);
		assertThat(wb.sheet("Facts")).anySatisfy(f -> {
			assertThat(f.get("Article")).asString().startsWith("000");
			assertThat(f.get("Value")).isEqualTo("2012");
		});

		// and every article is listed with its checksum
		List<Map<String, Object>> articles = wb.sheet("Articles");
		assertThat(articles).hasSize(5).allSatisfy(a -> assertThat(a.get("Status")).isEqualTo("OK"));
		Path first = SEEDS.resolve((String) articles.get(0).get("File"));
		assertThat(articles.get(0).get("SHA-256")).isEqualTo(
				HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(first))));
	}

	@Test
	void aSecondOnDemandRunOfTheSameCorpusIsANewRunAndDuplicatesNothing() throws Exception {
		Corpus seeds = SEED_CORPUS;
		RunOutcome first = launcher.runOnDemand(seeds);
		RunOutcome second = launcher.runOnDemand(seeds);

		assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(second.executionId()).isNotEqualTo(first.executionId());
		assertThat(second.facts()).isEqualTo(first.facts());
		Integer duplicates = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT RUN_ID, FILE, START_OFFSET, "
				+ "END_OFFSET FROM MIZAN_FACT GROUP BY RUN_ID, FILE, START_OFFSET, END_OFFSET HAVING COUNT(*) > 1) d",
				Integer.class);
		assertThat(duplicates).isZero();
		// and nothing changed between the two runs of the same articles
		// no finding is new, changed or gone: the sheet's one row says so
		assertThat(WorkbookRows.read(Path.of(second.reportPath())).sheet("Changes")).singleElement()
			.satisfies((row) -> assertThat(row.get("Finding")).isNull())
			.satisfies((row) -> assertThat((String) row.get("Before")).contains("No finding"));
	}

	static void assertFact(WorkbookRows wb, String articlePrefix, String surface, double value) throws Exception {
		List<Map<String, Object>> rows = wb.sheet("Facts")
			.stream()
			.filter(f -> ((String) f.get("Article")).startsWith(articlePrefix))
			.filter(f -> surface.equals(f.get("Surface")))
			.toList();
		assertThat(rows).as("a fact '%s' in %s", surface, articlePrefix).isNotEmpty();
		Map<String, Object> fact = rows.get(0);
		assertThat((Double) fact.get("Value")).isEqualTo(value);
		assertThat((Double) fact.get("Low")).as("a single number's bounds are the number").isEqualTo(value);
		assertThat((Double) fact.get("High")).isEqualTo(value);
		String text = Files.readString(SEEDS.resolve((String) fact.get("Article")), StandardCharsets.UTF_8);
		int start = ((Double) fact.get("Start")).intValue();
		int end = ((Double) fact.get("End")).intValue();
		assertThat(text.substring(start, end)).isEqualTo(fact.get("Surface"));
		int line = (int) text.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
		assertThat(((Double) fact.get("Line")).intValue()).isEqualTo(line);
		assertThat((String) fact.get("Evidence")).contains((String) fact.get("Surface"));
	}

}
