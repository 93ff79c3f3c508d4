package org.mizan.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkbookWriterTests {

	static final Instant WHEN = Instant.parse("2024-03-08T09:02:03Z");

	@TempDir
	Path dir;

	static XSSFWorkbook open(Path path) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			return new XSSFWorkbook(in);
		}
	}

	static List<String> header(XSSFSheet sheet) {
		List<String> names = new ArrayList<>();
		sheet.getRow(0).forEach((cell) -> names.add(cell.getStringCellValue()));
		return names;
	}

	static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	Path writeStory() throws IOException {
		return new WorkbookWriter().write(new StoryReportSource(), this.dir, "flood", WHEN);
	}

	@Test
	void writesStampedFileAndLatestCopyWithNoTemporaryLeftBehind() throws IOException {
		Path written = writeStory();
		assertThat(written.getFileName()).hasToString("flood-20240308-090203.xlsx");
		assertThat(Files.readAllBytes(this.dir.resolve("latest.xlsx"))).isEqualTo(Files.readAllBytes(written));
		try (Stream<Path> files = Files.list(this.dir)) {
			assertThat(files.map((p) -> p.getFileName().toString())).containsExactlyInAnyOrder("latest.xlsx",
					"flood-20240308-090203.xlsx");
		}
	}

	@Test
	void anOnDemandRunsFileCarriesTheTimeOfItsRunKey() throws IOException {
		StoryReportSource run = new StoryReportSource() {

			@Override
			public RunInfo run() {
				RunInfo info = super.run();
				return new RunInfo(info.corpus(), "20261203-054214-086", info.runId(), info.started(), info.finished(),
						info.tolerance(), info.articlesRead(), info.articlesSkipped(), info.facts(),
						info.findingsByStatus());
			}

		};
		Path written = new WorkbookWriter().write(run, this.dir, "seeds", Instant.parse("2026-12-03T05:42:15Z"));
		assertThat(written.getFileName()).hasToString("seeds-20261203-054214.xlsx");
	}

	@Test
	void sheetsAndHeadersFollowTheContractExactly() throws IOException {
		try (XSSFWorkbook workbook = open(writeStory())) {
			assertThat(sheetNames(workbook)).containsExactly("Summary", "Findings", "Facts", "Attributions", "Sources",
					"Articles", "Matrix", "Changes", "Legend");
			assertThat(header(workbook.getSheet("Findings"))).startsWith("Finding", "Status", "What", "Unit", "Values",
					"Low", "High", "Spread", "Sources", "Articles", "Verdict", "Note");
			assertThat(header(workbook.getSheet("Facts")))
				.startsWith("Fact", "Finding", "Article", "Line", "Start", "End", "Surface", "Value", "Low", "High",
						"Approx", "Unit", "Counted", "Event", "Source", "Source type", "Hedge", "Evidence")
				.contains("Context");
			assertThat(header(workbook.getSheet("Attributions"))).containsExactly("Article", "Start", "End", "Source",
					"Source type", "Via", "Cue", "Hedge", "Statement", "Finding");
			assertThat(header(workbook.getSheet("Articles"))).startsWith("File", "Title", "Outlet", "SHA-256",
					"Characters", "Facts", "Status", "Reason");
			assertThat(header(workbook.getSheet("Sources"))).startsWith("Source", "Source type", "Articles", "Facts");
			// each article's column is named by its outlet, with the file under it
			assertThat(header(workbook.getSheet("Matrix")).stream().map(BidiText::strip)).containsExactly("Finding",
					"Status", "What", "وكالة الأنباء\n" + StoryReportSource.A, "صحيفة\n" + StoryReportSource.B,
					"موقع\n" + StoryReportSource.C);
			assertThat(header(workbook.getSheet("Changes"))).containsExactly("Finding", "Change", "What", "Before",
					"After");
			assertThat(workbook.getSheet("Facts").getLastRowNum()).isEqualTo(6);
		}
	}

	@Test
	void tablesAreRightToLeftFrozenFilteredAndFormatted() throws IOException {
		try (XSSFWorkbook workbook = open(writeStory())) {
			for (String name : List.of("Summary", "Findings", "Facts", "Attributions", "Sources", "Articles")) {
				assertThat(workbook.getSheet(name).isRightToLeft()).as(name).isTrue();
			}
			for (String name : List.of("Findings", "Facts", "Attributions", "Sources", "Articles", "Changes")) {
				XSSFSheet sheet = workbook.getSheet(name);
				assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
				assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
				assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A1:");
				assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).as(name).isTrue();
			}
			assertThat(workbook.getSheet("Facts").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:X7");
			XSSFSheet facts = workbook.getSheet("Facts");
			assertThat(facts.getRow(4).getCell(7).getNumericCellValue()).isEqualTo(2300.0);
			assertThat(facts.getRow(4).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(facts.getRow(5).getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.##");
			assertThat(facts.getRow(1).getCell(17).getCellStyle().getFont().getFontName()).isEqualTo("Arial");
			XSSFCell status = workbook.getSheet("Findings").getRow(1).getCell(1);
			assertThat(status.getStringCellValue()).isEqualTo("DISAGREE");
			assertThat(status.getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FFF4B6B6");
		}
	}

	@Test
	void evidenceHighlightsTheSurface() throws IOException {
		try (XSSFWorkbook workbook = open(writeStory())) {
			XSSFRichTextString evidence = workbook.getSheet("Facts").getRow(1).getCell(17).getRichStringCellValue();
			assertThat(evidence.getString()).isEqualTo(StoryReportSource.EVIDENCE_A);
			int at = StoryReportSource.EVIDENCE_A.indexOf("نحو 120");
			int run = runAt(evidence, at);
			assertThat(evidence.getIndexOfFormattingRun(run)).isEqualTo(at);
			assertThat(evidence.getLengthOfFormattingRun(run)).isEqualTo("نحو 120".length());
			XSSFFont font = evidence.getFontOfFormattingRun(run);
			assertThat(font.getBold()).isTrue();
			assertThat(font.getXSSFColor().getARGBHex()).isEqualTo("FFC00000");
			// offsets outside the evidence: plain text, no exception
			XSSFCell bad = workbook.getSheet("Facts").getRow(3).getCell(17);
			assertThat(bad.getCellType()).isEqualTo(CellType.STRING);
			assertThat(bad.getRichStringCellValue().numFormattingRuns()).isZero();
		}
	}

	private static int runAt(XSSFRichTextString text, int index) {
		for (int i = 0; i < text.numFormattingRuns(); i++) {
			if (text.getIndexOfFormattingRun(i) == index) {
				return i;
			}
		}
		throw new AssertionError("no run starts at " + index);
	}

	@Test
	void factsLinkToTheirFindingAndFindingsToTheirFirstFact() throws IOException {
		try (XSSFWorkbook workbook = open(writeStory())) {
			XSSFSheet facts = workbook.getSheet("Facts");
			assertThat(facts.getRow(4).getCell(1).getStringCellValue()).isEqualTo("F-7A8B9C");
			assertThat(facts.getRow(4).getCell(1).getHyperlink().getAddress()).isEqualTo("'Findings'!A4");
			XSSFSheet findings = workbook.getSheet("Findings");
			assertThat(findings.getRow(3).getCell(0).getStringCellValue()).isEqualTo("F-7A8B9C");
			// the link selects all the finding's facts, one block of rows
			assertThat(findings.getRow(3).getCell(0).getHyperlink().getAddress()).isEqualTo("'Facts'!A5:X6");
			assertThat(findings.getRow(1).getCell(0).getHyperlink().getAddress()).isEqualTo("'Facts'!A2:X4");
			assertThat(workbook.getSheet("Attributions").getRow(1).getCell(9).getHyperlink().getAddress())
				.isEqualTo("'Findings'!A2");
			// a finding without facts has no link
			assertThat(findings.getRow(4).getCell(0).getHyperlink()).isNull();
		}
	}

	@Test
	void verdictIsADropDownAndReviewerColumnsArePrefilled() throws IOException {
		try (XSSFWorkbook workbook = open(writeStory())) {
			XSSFSheet findings = workbook.getSheet("Findings");
			List<XSSFDataValidation> validations = findings.getDataValidations();
			assertThat(validations).hasSize(1);
			assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
				.containsExactly("confirmed discrepancy", "not a discrepancy", "needs follow-up", "resolved");
			assertThat(validations.get(0).getRegions().getCellRangeAddresses()[0].formatAsString()).isEqualTo("K2:K6");
			// a value typed outside the list is refused, in Excel and in LibreOffice
			assertThat(validations.get(0).getShowErrorBox()).isTrue();
			assertThat(validations.get(0).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
			assertThat(findings.getCTWorksheet().getDataValidations().getDataValidationArray(0).getErrorStyle())
				.hasToString("stop");
			Row first = findings.getRow(1);
			assertThat(first.getCell(10).getStringCellValue()).isEqualTo("needs follow-up");
			assertThat(first.getCell(11).getStringCellValue()).isEqualTo("اتصلنا بالوزارة");
			assertThat(first.getCell(12).getStringCellValue()).isEqualTo("values changed since verdict");
			assertThat(findings.getRow(2).getCell(12)).isNull();
		}
	}

	@Test
	void textThatLooksLikeAFormulaStaysText() throws IOException {
		try (XSSFWorkbook workbook = open(writeStory())) {
			Row fact = workbook.getSheet("Facts").getRow(6);
			assertString(fact.getCell(6), "=1+2");
			assertString(fact.getCell(14), "@SUM(A1)");
			assertString(fact.getCell(17), "-2+3 =cmd|' /C calc'!A0");
			Row finding = workbook.getSheet("Findings").getRow(5);
			assertThat(finding.getCell(2).getCellType()).isEqualTo(CellType.STRING);
			assertThat(BidiText.strip(finding.getCell(2).getStringCellValue()))
				.isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
			assertString(finding.getCell(4), "+1+2");
			workbook.forEach((sheet) -> sheet.forEach((row) -> row
				.forEach((cell) -> assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
					.isNotEqualTo(CellType.FORMULA))));
		}
	}

	@Test
	void textThatStartsLikeAFormulaIsQuotePrefixedSoItStaysTextWhenEdited() throws IOException {
		try (XSSFWorkbook workbook = open(writeStory())) {
			Row fact = workbook.getSheet("Facts").getRow(6);
			for (int column : new int[] { 6, 14, 17 }) {
				assertThat(fact.getCell(column).getCellStyle().getQuotePrefixed()).as("Facts column " + column)
					.isTrue();
			}
			Row finding = workbook.getSheet("Findings").getRow(5);
			assertThat(finding.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(finding.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
			// the highlighted evidence keeps its highlight and its prefix
			assertThat(fact.getCell(17).getRichStringCellValue().numFormattingRuns()).isPositive();
			// ordinary text is not prefixed
			assertThat(workbook.getSheet("Facts").getRow(1).getCell(6).getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(finding.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
		}
		for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
			assertThat(WorkbookStyles.looksLikeFormula(start + "x")).as(start).isTrue();
		}
		assertThat(WorkbookStyles.looksLikeFormula("x=1")).isFalse();
	}

	private static void assertString(Cell cell, String text) {
		assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
		assertThat(cell.getStringCellValue()).isEqualTo(text);
	}

	@Test
	void summaryHasTheRunTheCountsAndAChart() throws IOException {
		try (XSSFWorkbook workbook = open(writeStory())) {
			XSSFSheet summary = workbook.getSheet("Summary");
			List<String> labels = new ArrayList<>();
			summary.forEach((row) -> labels.add(row.getCell(0).getStringCellValue()));
			assertThat(labels).contains("Corpus", "Run id", "Run key", "Started", "Finished", "Tolerance",
					"Articles read", "Articles skipped", "Facts", "DISAGREE", "SINGLE_SOURCE", "Widest disagreements");
			assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(2);
			assertThat(summary.getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
				.isEqualTo("Findings per status");
		}
	}

	@Test
	void aFullSheetContinuesOnNumberedSheetsInPlace() throws IOException {
		StoryReportSource source = new StoryReportSource().withExtraFacts(10);
		Path written = new WorkbookWriter(5).write(source, this.dir, "flood", WHEN);
		try (XSSFWorkbook workbook = open(written)) {
			assertThat(sheetNames(workbook)).containsExactly("Summary", "Findings", "Findings (2)", "Facts",
					"Facts (2)", "Facts (3)", "Facts (4)", "Attributions", "Sources", "Articles", "Matrix", "Changes",
					"Legend");
			for (String name : List.of("Facts", "Facts (2)", "Facts (4)")) {
				assertThat(header(workbook.getSheet(name))).as(name).startsWith("Fact", "Finding", "Article");
				assertThat(workbook.getSheet(name).getCTWorksheet().getAutoFilter()).as(name).isNotNull();
			}
			// 16 facts, 4 per sheet below the header
			assertThat(workbook.getSheet("Facts (4)").getLastRowNum()).isEqualTo(4);
			assertThat(workbook.getSheet("Facts (4)").getRow(4).getCell(0).getStringCellValue()).isEqualTo("S-9");
			XSSFSheet second = workbook.getSheet("Facts (2)");
			assertThat(second.getRow(1).getCell(0).getStringCellValue()).isEqualTo("X-5");
			assertThat(second.getRow(2).getCell(1).getHyperlink().getAddress()).isEqualTo("'Findings (2)'!A2");
			assertThat(workbook.getSheet("Findings (2)").getRow(1).getCell(0).getHyperlink().getAddress())
				.isEqualTo("'Facts (2)'!A3");
		}
	}

	@Test
	void aFailureMidWriteLeavesThePreviousLatestUntouched() throws IOException {
		writeStory();
		byte[] before = Files.readAllBytes(this.dir.resolve("latest.xlsx"));
		StoryReportSource failing = new StoryReportSource().withExtraFacts(1000).failingAfterFacts(700);
		assertThatThrownBy(() -> new WorkbookWriter().write(failing, this.dir, "flood", WHEN.plusSeconds(60)))
			.hasMessageContaining("database went away");
		assertThat(Files.readAllBytes(this.dir.resolve("latest.xlsx"))).isEqualTo(before);
		try (Stream<Path> files = Files.list(this.dir)) {
			assertThat(files.map((p) -> p.getFileName().toString())).containsExactlyInAnyOrder("latest.xlsx",
					"flood-20240308-090203.xlsx");
		}
	}

	@Test
	void aWideCorpusGetsANoteInsteadOfAMatrix() throws IOException {
		StoryReportSource wide = new StoryReportSource() {
			@Override
			public List<String> articleFiles() {
				return java.util.stream.IntStream.range(0, 31).mapToObj((i) -> i + ".txt").toList();
			}
		};
		try (XSSFWorkbook workbook = open(new WorkbookWriter().write(wide, this.dir, "wide", WHEN))) {
			XSSFSheet matrix = workbook.getSheet("Matrix");
			assertThat(header(matrix)).containsExactly("Finding", "Status", "What");
			assertThat(matrix.getRow(1).getCell(2).getStringCellValue()).contains("31 articles");
		}
	}

	@Test
	void aLegendExplainsEverySheetColumnStatusHedgeAndVerdictInBothLanguages() throws IOException {
		try (XSSFWorkbook workbook = open(writeStory())) {
			XSSFSheet legend = workbook.getSheet("Legend");
			assertThat(header(legend)).containsExactly("Term", "English", "Arabic");
			List<String> terms = new ArrayList<>();
			legend.forEach((row) -> {
				if (row.getRowNum() > 0 && row.getCell(1) != null && !row.getCell(1).getStringCellValue().isEmpty()) {
					terms.add(row.getCell(0).getStringCellValue());
					assertThat(row.getCell(2).getStringCellValue()).as(row.getCell(0).getStringCellValue())
						.containsPattern("\\p{InArabic}");
				}
			});
			assertThat(terms).contains("Summary", "Findings", "Facts", "Attributions", "Sources", "Articles", "Matrix",
					"Changes", "DISAGREE", "UPDATED", "CONSISTENT", "SINGLE_SOURCE", "HEDGE_DRIFT", "claimed",
					"alleged", "leaked", "unverified", "denied", "Spread", "Evidence", "Re-review");
			assertThat(terms).containsAll(FindingsSheet.VERDICTS);
			for (Table.Column column : FindingsSheet.COLUMNS) {
				assertThat(terms).as("Findings column").contains(column.name());
			}
			for (Table.Column column : FactsSheet.COLUMNS) {
				assertThat(terms).as("Facts column").contains(column.name());
			}
		}
	}

	@Test
	void headerCellsCarryACommentAndAreNeverNarrowerThanTheirName() throws IOException {
		try (XSSFWorkbook workbook = open(writeStory())) {
			for (String name : List.of("Findings", "Facts", "Attributions", "Sources", "Articles", "Changes")) {
				XSSFSheet sheet = workbook.getSheet(name);
				sheet.getRow(0).forEach((cell) -> assertThat(cell.getCellComment()).as(name + " " + cell).isNotNull());
				assertThat(sheet.getRow(0).getCell(0).getCellComment().getString().getString()).isNotBlank();
			}
			workbook.forEach((sheet) -> {
				if (sheet.getSheetName().equals("Summary")) {
					return;
				}
				sheet.getRow(0).forEach((cell) -> {
					String longest = java.util.Arrays.stream(BidiText.strip(cell.getStringCellValue()).split("\n"))
						.mapToInt(String::length)
						.max()
						.orElse(0) + "";
					assertThat(sheet.getColumnWidth(cell.getColumnIndex()) / 256).as(sheet.getSheetName() + " " + cell)
						.isGreaterThanOrEqualTo(Integer.parseInt(longest) + 2);
				});
			});
			// a status is never clipped: SINGLE_SOURCE fits its column
			assertThat(workbook.getSheet("Findings").getColumnWidth(1) / 256).isGreaterThanOrEqualTo(15);
			// the SHA-256 keeps to one line
			XSSFCell sha = workbook.getSheet("Articles").getRow(1).getCell(3);
			assertThat(sha.getCellStyle().getWrapText()).isFalse();
		}
	}

	@Test
	void aFirstRunsChangesSheetSaysWhyItIsEmpty() throws IOException {
		StoryReportSource first = new StoryReportSource() {

			@Override
			public void changes(java.util.function.Consumer<ChangeRow> sink) {
			}

			@Override
			public boolean firstRun() {
				return true;
			}

		};
		Path written = new WorkbookWriter().write(first, this.dir, "flood", WHEN);
		try (XSSFWorkbook workbook = open(written)) {
			XSSFSheet changes = workbook.getSheet("Changes");
			assertThat(changes.getLastRowNum()).isEqualTo(1);
			assertThat(BidiText.strip(changes.getRow(1).getCell(3).getStringCellValue())).startsWith("First run");
			assertThat(changes.getRow(1).getCell(2).getStringCellValue()).containsPattern("\\p{InArabic}");
		}
	}

	@Test
	void rowsGrowWithTheirLongestCell() throws IOException {
		try (XSSFWorkbook workbook = open(writeStory())) {
			XSSFSheet findings = workbook.getSheet("Findings");
			// three lines of Values: the row is at least three lines tall
			assertThat(findings.getRow(1).getHeightInPoints()).isGreaterThanOrEqualTo(3 * RowHeights.LINE_POINTS);
		}
		assertThat(RowHeights.lines("x\n".repeat(20), 10)).as("twenty lines are not cut at eight").isEqualTo(21);
	}

}
