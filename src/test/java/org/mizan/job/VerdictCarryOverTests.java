package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mizan.corpus.Corpus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reviewer's verdicts and notes survive the next run, on the same finding. */
class VerdictCarryOverTests extends JobTestSupport {

	final Corpus seeds = SEED_CORPUS;

	@Test
	void aVerdictAndNoteEditedInLatestAreInTheNextWorkbookOnTheSameFinding() throws Exception {
		// given a run, and a reviewer who records a verdict and a note on the first
		// finding in latest.xlsx
		RunOutcome first = launcher.runOnDemand(seeds);
		Path latest = Path.of(first.reportPath()).resolveSibling("latest.xlsx");
		String finding = edit(latest, 0, "confirmed discrepancy", "checked with the desk", null);
		// and a second reviewer's copy in reviewed/ that is not a workbook at all
		Path reviewed = Files.createDirectories(latest.resolveSibling("reviewed"));
		Path junk = Files.writeString(reviewed.resolve("broken.xlsx"), "not a workbook");

		// when the corpus is run again
		RunOutcome second = launcher.runOnDemand(seeds);

		// then the new workbook has both on the same finding, not marked for re-review
		assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, Object> row = findingRow(WorkbookRows.read(Path.of(second.reportPath())), finding);
		assertThat(row.get("Verdict")).isEqualTo("confirmed discrepancy");
		assertThat(row.get("Note")).isEqualTo("checked with the desk");
		assertThat(row.get("Re-review")).isNull();
		// and the bad reviewer file was skipped, not touched
		assertThat(junk).hasContent("not a workbook");
		Files.delete(junk);
	}

	@Test
	void aFindingWhoseValuesChangedSinceItsVerdictIsMarkedForReReview() throws Exception {
		// given a verdict recorded when the finding showed other values
		RunOutcome first = launcher.runOnDemand(seeds);
		Path latest = Path.of(first.reportPath()).resolveSibling("latest.xlsx");
		String finding = edit(latest, 1, "not a discrepancy", null, "1 — an older value");

		// when the corpus is run again
		RunOutcome second = launcher.runOnDemand(seeds);

		// then the verdict is kept and the finding is marked for re-review
		Map<String, Object> row = findingRow(WorkbookRows.read(Path.of(second.reportPath())), finding);
		assertThat(row.get("Verdict")).isEqualTo("not a discrepancy");
		assertThat(row.get("Re-review")).isNotNull();
	}

	@Test
	void theMostRecentlySavedWorkbookWinsAndAStaleReviewedCopyNeverUndoesIt() throws Exception {
		// given a reviewer's copy in reviewed/ saved an hour ago with one verdict
		Corpus corpus = seeds.named("newest-wins");
		Path latest = Path.of(launcher.runOnDemand(corpus).reportPath()).resolveSibling("latest.xlsx");
		Path amal = Files.createDirectories(latest.resolveSibling("reviewed")).resolve("seeds-reviewed-by-amal.xlsx");
		Files.copy(latest, amal);
		String finding = edit(amal, 0, "not a discrepancy", null, null);
		Files.setLastModifiedTime(amal, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
		// and latest.xlsx saved now with another verdict on the same finding
		edit(latest, 0, "confirmed discrepancy", null, null);

		// when the corpus is run, and run again with both files still there
		RunOutcome second = launcher.runOnDemand(corpus);
		RunOutcome third = launcher.runOnDemand(corpus);

		// then the most recently saved verdict is the one kept, both times
		assertThat(findingRow(WorkbookRows.read(Path.of(second.reportPath())), finding).get("Verdict"))
			.isEqualTo("confirmed discrepancy");
		assertThat(findingRow(WorkbookRows.read(Path.of(third.reportPath())), finding).get("Verdict"))
			.isEqualTo("confirmed discrepancy");
		// and the Summary says which workbooks were read
		assertThat(summaryText(Path.of(second.reportPath()))).contains("latest.xlsx, saved ",
				"reviewed/seeds-reviewed-by-amal.xlsx, saved ");
	}

	@Test
	void aVerdictClearedInTheNewestWorkbookIsWithdrawn() throws Exception {
		// given a verdict carried into a run's workbook
		Corpus corpus = seeds.named("withdrawn");
		Path latest = Path.of(launcher.runOnDemand(corpus).reportPath()).resolveSibling("latest.xlsx");
		String finding = edit(latest, 2, "needs follow-up", "ask the desk", null);
		RunOutcome second = launcher.runOnDemand(corpus);
		assertThat(findingRow(WorkbookRows.read(Path.of(second.reportPath())), finding).get("Verdict"))
			.isEqualTo("needs follow-up");

		// when the reviewer clears it in the new latest.xlsx and the corpus is run again
		clear(latest, finding);
		RunOutcome third = launcher.runOnDemand(corpus);

		// then it is gone
		Map<String, Object> row = findingRow(WorkbookRows.read(Path.of(third.reportPath())), finding);
		assertThat(row.get("Verdict")).isNull();
		assertThat(row.get("Note")).isNull();
	}

	@Test
	void twoReviewersVerdictsOnDifferentFindingsAreBothKept() throws Exception {
		// given Amal's copy of the workbook with a verdict on one finding, saved first
		Corpus corpus = seeds.named("two-reviewers");
		Path latest = Path.of(launcher.runOnDemand(corpus).reportPath()).resolveSibling("latest.xlsx");
		Path amal = Files.createDirectories(latest.resolveSibling("reviewed")).resolve("amal.xlsx");
		Files.copy(latest, amal);
		String hers = edit(amal, 0, "confirmed discrepancy", null, null);
		// (a person takes longer than the test to open, edit and save a workbook)
		Files.setLastModifiedTime(amal, FileTime.from(Instant.now().plus(Duration.ofSeconds(30))));
		// and Bob's latest.xlsx, saved a minute later, with a verdict on another finding
		// (Amal's row is empty there)
		String his = edit(latest, 1, "not a discrepancy", null, null);
		Files.setLastModifiedTime(latest, FileTime.from(Instant.now().plus(Duration.ofMinutes(1))));

		// when the corpus is run
		RunOutcome second = launcher.runOnDemand(corpus);

		// then both verdicts are in the new workbook: an empty row Bob never filled
		// withdraws nothing
		WorkbookRows rows = WorkbookRows.read(Path.of(second.reportPath()));
		assertThat(findingRow(rows, hers).get("Verdict")).isEqualTo("confirmed discrepancy");
		assertThat(findingRow(rows, his).get("Verdict")).isEqualTo("not a discrepancy");
	}

	@Test
	void aHostileReviewerWorkbookNeitherStopsTheRunNorAddsVerdictsForFindingsThatDoNotExist() throws Exception {
		// given a reviewed workbook with a Verdict of 250 characters (not one of the
		// list), a Note of 19,016, and
		// 2,000 rows of findings the corpus does not have
		Corpus corpus = seeds.named("hostile");
		Path latest = Path.of(launcher.runOnDemand(corpus).reportPath()).resolveSibling("latest.xlsx");
		Path hostile = Files.createDirectories(latest.resolveSibling("reviewed")).resolve("hostile.xlsx");
		Files.copy(latest, hostile);
		String finding = edit(hostile, 0, "x".repeat(250), "ن".repeat(19_016), null);
		addRows(hostile, 2000);

		// when the corpus is run
		RunOutcome second = launcher.runOnDemand(corpus);

		// then it completes, with the verdict and note cut to their columns, the verdict
		// marked as not in the list
		assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, Object> row = findingRow(WorkbookRows.read(Path.of(second.reportPath())), finding);
		assertThat((String) row.get("Verdict")).hasSize(200);
		assertThat((String) row.get("Note")).hasSize(16_000);
		assertThat(row.get("Re-review")).isEqualTo("verdict not in the list");
		// and nothing stored for findings the corpus does not have
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM MIZAN_VERDICT WHERE CORPUS = ?", Integer.class,
				corpus.name()))
			.isEqualTo(1);
	}

	@Test
	void anUnreadableLatestIsMovedAsideUnderANameThatSaysSoNeverOverwritten() throws Exception {
		// given a latest.xlsx that cannot be read
		Corpus corpus = seeds.named("unreadable-latest");
		Path latest = Path.of(launcher.runOnDemand(corpus).reportPath()).resolveSibling("latest.xlsx");
		Files.writeString(latest, "PK not really a workbook, but someone's verdicts may be in here");

		// when the corpus is run
		RunOutcome second = launcher.runOnDemand(corpus);

		// then it was moved aside, as it was, and a new latest.xlsx written
		assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
		try (var aside = Files.list(latest.getParent())) {
			List<Path> moved = aside.filter(p -> p.getFileName().toString().startsWith("latest-unreadable-")).toList();
			assertThat(moved).singleElement()
				.satisfies(p -> assertThat(p)
					.hasContent("PK not really a workbook, but someone's verdicts may be in here"));
		}
		assertThat(WorkbookRows.read(latest).sheet("Findings")).isNotEmpty();
	}

	@Autowired
	JdbcTemplate jdbc;

	static void clear(Path workbook, String finding) throws Exception {
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet findings = wb.getSheet("Findings");
			Row header = findings.getRow(0);
			for (Row row : findings) {
				Cell id = row.getCell(column(header, "Finding"));
				if (id != null && finding.equals(id.getStringCellValue())) {
					for (String name : List.of("Verdict", "Note")) {
						Cell cell = row.getCell(column(header, name));
						if (cell != null) {
							row.removeCell(cell);
						}
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(workbook)) {
				wb.write(out);
			}
		}
	}

	static void addRows(Path workbook, int rows) throws Exception {
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet findings = wb.getSheet("Findings");
			Row header = findings.getRow(0);
			int first = findings.getLastRowNum() + 1;
			for (int i = 0; i < rows; i++) {
				Row row = findings.createRow(first + i);
				row.createCell(column(header, "Finding")).setCellValue("F-NO" + i);
				row.createCell(column(header, "Verdict")).setCellValue("confirmed discrepancy");
			}
			try (OutputStream out = Files.newOutputStream(workbook)) {
				wb.write(out);
			}
		}
	}

	static String summaryText(Path workbook) throws Exception {
		StringBuilder text = new StringBuilder();
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			for (Row row : wb.getSheet("Summary")) {
				for (Cell cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
						text.append(cell.getStringCellValue()).append('\n');
					}
				}
			}
		}
		return text.toString();
	}

	/**
	 * Edits the Verdict, Note and (optionally) Values of the n-th finding with POI;
	 * returns the finding's id.
	 */
	static String edit(Path workbook, int n, String verdict, String note, String values) throws Exception {
		String id;
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
			Sheet findings = wb.getSheet("Findings");
			Row header = findings.getRow(0);
			Row row = findings.getRow(1 + n);
			id = row.getCell(column(header, "Finding")).getStringCellValue();
			set(row, column(header, "Verdict"), verdict);
			set(row, column(header, "Note"), note);
			set(row, column(header, "Values"), values);
			try (OutputStream out = Files.newOutputStream(workbook)) {
				wb.write(out);
			}
		}
		return id;
	}

	private static void set(Row row, int column, String value) {
		if (value != null) {
			// a fresh cell: POI keeps the old text of an inline-string cell it merely
			// sets a value on
			if (row.getCell(column) != null) {
				row.removeCell(row.getCell(column));
			}
			row.createCell(column).setCellValue(value);
		}
	}

	private static int column(Row header, String name) {
		for (Cell c : header) {
			if (name.equals(c.getStringCellValue())) {
				return c.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + name);
	}

	static Map<String, Object> findingRow(WorkbookRows wb, String id) {
		return wb.sheet("Findings")
			.stream()
			.filter(r -> id.equals(r.get("Finding")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("finding " + id + " not in the new workbook"));
	}

}
