package org.mizan.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.mizan.extract.Approx;
import org.mizan.extract.SourceType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the workbook reads and prints: row heights, print setup, the rows of the small
 * sheets, the Summary charts.
 */
class WorkbookLayoutTests {

	@TempDir
	Path dir;

	private XSSFWorkbook write(ReportSource source) throws IOException {
		return WorkbookWriterTests
			.open(new WorkbookWriter().write(source, this.dir, "flood", WorkbookWriterTests.WHEN));
	}

	private static List<Object> cells(Row row, int count) {
		List<Object> cells = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			var cell = row.getCell(i);
			cells.add(switch (cell.getCellType()) {
				case NUMERIC -> cell.getNumericCellValue();
				default -> cell.getStringCellValue();
			});
		}
		return cells;
	}

	@Test
	void aRowOfSeveralLinesIsTallerThanAOneLineRow() throws IOException {
		try (XSSFWorkbook workbook = write(new StoryReportSource())) {
			XSSFSheet findings = workbook.getSheet("Findings");
			float oneLine = findings.getDefaultRowHeightInPoints();
			// three values, one per line
			assertThat(findings.getRow(1).getHeightInPoints()).isGreaterThanOrEqualTo(RowHeights.points(3));
			// "2024-03-07 — 001_wakala.txt" fits on one line
			assertThat(findings.getRow(4).getCell(4).getStringCellValue()).doesNotContain("\n");
			assertThat(findings.getRow(4).getHeightInPoints()).isEqualTo(oneLine);
			// a cited-by list of two lines on the Sources sheet
			assertThat(workbook.getSheet("Sources").getRow(2).getHeightInPoints()).isGreaterThan(oneLine);
			assertThat(workbook.getSheet("Sources").getRow(1).getHeightInPoints()).isEqualTo(oneLine);
		}
	}

	@Test
	void lineCountsFollowExplicitLinesAndTheColumnWidthUpToACap() {
		assertThat(RowHeights.lines(null, 10)).isEqualTo(1);
		assertThat(RowHeights.lines("", 10)).isEqualTo(1);
		assertThat(RowHeights.lines("قصير", 10)).isEqualTo(1);
		assertThat(RowHeights.lines("أ\nب\nج", 10)).isEqualTo(3);
		assertThat(RowHeights.lines("أ\n\nج", 10)).isEqualTo(3);
		String sentence = "وقال مسؤول في وزارة الصحة إن نحو 120 شخصاً لقوا حتفهم في الفيضانات.";
		assertThat(RowHeights.lines(sentence, 70)).isEqualTo(1);
		assertThat(RowHeights.lines(sentence, 20)).isEqualTo(3);
		assertThat(RowHeights.lines(sentence + "\n" + sentence, 20)).isEqualTo(6);
		assertThat(RowHeights.lines("كلمة ".repeat(10_000), 20)).isEqualTo(RowHeights.MAX_LINES);
		assertThat(RowHeights.points(2)).isGreaterThan(RowHeights.points(1));
	}

	@Test
	void tablesPrintOnA4LandscapeOnePageWideWithTheHeaderOnEveryPage() throws IOException {
		try (XSSFWorkbook workbook = write(new StoryReportSource())) {
			for (String name : List.of("Findings", "Facts", "Matrix", "Sources")) {
				XSSFSheet sheet = workbook.getSheet(name);
				PrintSetup print = sheet.getPrintSetup();
				assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
				assertThat(print.getLandscape()).as(name).isTrue();
				assertThat(sheet.getFitToPage()).as(name).isTrue();
				assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
				assertThat(print.getFitHeight()).as(name).isZero();
				assertThat(sheet.getRepeatingRows().formatAsString()).as(name).isEqualTo("1:1");
			}
			XSSFSheet summary = workbook.getSheet("Summary");
			assertThat(summary.getFitToPage()).isTrue();
			assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(summary.getRepeatingRows()).isNull();
		}
	}

	@Test
	void sourcesRowsCarryNameTypeCountsAndCitations() throws IOException {
		try (XSSFWorkbook workbook = write(new StoryReportSource())) {
			XSSFSheet sources = workbook.getSheet("Sources");
			assertThat(WorkbookWriterTests.header(sources)).containsExactly("Source", "Source type", "Articles",
					"Facts", "Cites", "Cited by");
			assertThat(sources.getLastRowNum()).isEqualTo(2);
			assertThat(cells(sources.getRow(1), 6)).containsExactly("وزارة الصحة", "official", 1.0, 1.0, "",
					"مسؤول في وزارة الصحة");
			// file names are isolated left to right inside the right-to-left cell
			assertThat(cells(sources.getRow(2), 6)).containsExactly("الهلال الأحمر", "organisation", 2.0, 1.0, "",
					BidiText.isolate(StoryReportSource.A + "\n" + StoryReportSource.B));
			assertThat(sources.getRow(2).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(sources.isRightToLeft()).isTrue();
		}
	}

	@Test
	void changesRowsCarryTheFindingTheChangeAndBeforeAndAfter() throws IOException {
		try (XSSFWorkbook workbook = write(new StoryReportSource())) {
			XSSFSheet changes = workbook.getSheet("Changes");
			assertThat(changes.getLastRowNum()).isEqualTo(1);
			assertThat(cells(changes.getRow(1), 5)).containsExactly("F-1A2B3C", "CHANGED", "قتلى الفيضانات", "120 / 85",
					"120 / 85 / 150");
			assertThat(changes.getRow(1).getCell(1).getCellStyle().getFillForegroundColorColor().getARGBHex())
				.isEqualTo("FFFFE29A");
			assertThat(changes.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E2");
		}
	}

	@Test
	void summaryChartsTheValuesPerSourceOfEachTopDisagreementFromItsOwnCells() throws IOException {
		try (XSSFWorkbook workbook = write(new StoryReportSource())) {
			XSSFSheet summary = workbook.getSheet("Summary");
			List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
			assertThat(charts).hasSize(2);
			XSSFChart values = charts.get(1);
			assertThat(values.getTitleText().getString()).isEqualTo("F-1A2B3C: قتلى الفيضانات");
			CTBarChart bars = values.getCTChart().getPlotArea().getBarChartArray(0);
			assertThat(bars.getSerList()).hasSize(1);
			CTBarSer series = bars.getSerArray(0);
			String sources = series.getCat().getStrRef().getF();
			String lows = series.getVal().getNumRef().getF();
			// the chart reads cells of the Summary sheet, which hold the source and the
			// value of each line
			int first = Integer.parseInt(sources.replaceAll(".*\\$B\\$(\\d+):.*", "$1")) - 1;
			assertThat(sources).isEqualTo("'Summary'!$B$" + (first + 1) + ":$B$" + (first + 3));
			assertThat(lows).isEqualTo("'Summary'!$D$" + (first + 1) + ":$D$" + (first + 3));
			List<Object> rows = new ArrayList<>();
			for (int r = first; r < first + 3; r++) {
				rows.add(cells(summary.getRow(r), 5));
			}
			// from the facts' stored numbers (X-1 and X-3 are "about"), not from the
			// Values text
			assertThat(rows).containsExactly(List.of("F-1A2B3C", "وزارة الصحة", "about 120", 120.0, 120.0),
					List.of("F-1A2B3C", "الهلال الأحمر", "85", 85.0, 85.0),
					List.of("F-1A2B3C", StoryReportSource.C, "about 150", 150.0, 150.0));
			assertThat(summary.getRow(first - 1).getCell(1).getStringCellValue()).isEqualTo("Source");
			assertThat(summary.getRow(first - 2).getCell(0).getStringCellValue()).isEqualTo(SummarySheet.VALUES_TITLE);
		}
	}

	@Test
	void aStatedRangeIsDrawnAsALowBarAndALighterBarOnToItsHighEnd() throws IOException {
		StoryReportSource ranged = new StoryReportSource() {
			@Override
			public void findings(Consumer<FindingRow> sink) {
				sink.accept(new FindingRow("F-RANGE1", "DISAGREE", "رواتب المقاتلين · pay — same unit", "USD",
						"800–1,500 — راديو المدينة (" + A + ")\n2,000 — وكالة الأنباء (" + B + ")", 800.0, 2000.0, null,
						null, 2.5, 2, 2, null, null, false));
			}

			@Override
			public void facts(Consumer<FactRow> sink) {
				sink.accept(new FactRow("R-1", "F-RANGE1", A, 1, 0, 12, "بين 800 و1500", null, null, 800.0, 1500.0,
						Approx.RANGE, "USD", null, null, "راديو المدينة", SourceType.OUTLET, null,
						"رواتب بين 800 و1500 دولار", 6, 19, null));
				sink.accept(new FactRow("R-2", "F-RANGE1", B, 1, 0, 4, "2000", 2000.0, null, 2000.0, 2000.0, null,
						"USD", null, null, "وكالة الأنباء", SourceType.AGENCY, null, "رواتب 2000 دولار", 6, 10, null));
			}
		};
		try (XSSFWorkbook workbook = write(ranged)) {
			XSSFSheet summary = workbook.getSheet("Summary");
			XSSFChart chart = summary.getDrawingPatriarch().getCharts().get(1);
			assertThat(chart.getTitleText().getString()).isEqualTo("F-RANGE1: رواتب المقاتلين (USD)");
			CTBarChart bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
			assertThat(bars.getGrouping().getVal().toString()).isEqualTo("stacked");
			assertThat(bars.getOverlap().xmlText()).contains("val=\"100\"");
			assertThat(bars.getSerList()).hasSize(2);
			String widths = bars.getSerArray(1).getVal().getNumRef().getF();
			int first = Integer.parseInt(widths.replaceAll(".*\\$F\\$(\\d+):.*", "$1")) - 1;
			assertThat(summary.getRow(first).getCell(5).getNumericCellValue()).isEqualTo(700.0);
			assertThat(summary.getRow(first + 1).getCell(5).getNumericCellValue()).isZero();
			assertThat(summary.getRow(first - 1).getCell(5).getStringCellValue()).isEqualTo("High − Low");
		}
	}

}
