package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mizan.corpus.Corpus;
import org.springframework.batch.core.BatchStatus;

/** The reviewer's verdicts and notes survive the next run, on the same finding. */
class VerdictCarryOverTests extends JobTestSupport {

	final Corpus seeds = SEED_CORPUS;

	@Test
	void aVerdictAndNoteEditedInLatestAreInTheNextWorkbookOnTheSameFinding() throws Exception {
		// given a run, and a reviewer who records a verdict and a note on the first finding in latest.xlsx
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

	/** Edits the Verdict, Note and (optionally) Values of the n-th finding with POI; returns the finding's id. */
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
			// a fresh cell: POI keeps the old text of an inline-string cell it merely sets a value on
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
