package org.mizan.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The {@code Summary} sheet: the run and the findings per status (with a bar chart set
 * apart to the left), the widest disagreements, and the values per source of each of them
 * (a table and a chart per disagreement).
 */
final class SummarySheet {

	/** The statuses always shown, most urgent first, with the colour of their bar. */
	private static final Map<String, String> STATUS_COLOURS = new LinkedHashMap<>();

	static {
		STATUS_COLOURS.put("DISAGREE", "C00000");
		STATUS_COLOURS.put("HEDGE_DRIFT", "7030A0");
		STATUS_COLOURS.put("SINGLE_SOURCE", "E3A100");
		STATUS_COLOURS.put("CONSISTENT", "70AD47");
	}

	/**
	 * Columns A to F; the widest-disagreements table uses them as Finding, What, Values,
	 * Low, High, Spread.
	 */
	static final int[] WIDTHS = { 22, 36, 60, 12, 12, 12 };

	static final String VALUES_TITLE = "Values per source";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** The gap between the run details and the status chart. */
	private static final int CHART_INSET = 48 * Units.EMU_PER_PIXEL;

	private final SXSSFSheet sheet;

	private final WorkbookStyles styles;

	private final SummaryCharts charts;

	private DateWriting dates = DateWriting.standard();

	private SummarySheet(SXSSFSheet sheet, WorkbookStyles styles) {
		this.sheet = sheet;
		this.styles = styles;
		this.charts = new SummaryCharts(sheet);
	}

	static void write(SXSSFSheet sheet, ReportSource source, FindingIndex index, WorkbookStyles styles) {
		sheet.setRightToLeft(true);
		Table.printSetup(sheet);
		sheet.setRepeatingRows(null);
		for (int i = 0; i < WIDTHS.length; i++) {
			sheet.setColumnWidth(i, WIDTHS[i] * 256);
		}
		new SummarySheet(sheet, styles).write(source, index);
	}

	private void write(ReportSource source, FindingIndex index) {
		RunInfo run = source.run();
		this.dates = source.dates();
		int r = 0;
		text(this.sheet.createRow(r++), 0, "Mizan review: " + run.corpus(), this.styles.title);
		r++;
		r = pair(r, "Corpus", run.corpus());
		r = pair(r, "Run id", Long.toString(run.runId()));
		r = pair(r, "Run key", run.runKey());
		r = pair(r, "Started", time(run.started()));
		r = pair(r, "Finished", time(run.finished()));
		r = pair(r, "Tolerance", run.tolerance(), this.styles.decimal);
		r = pair(r, "Articles read", run.articlesRead(), this.styles.integer);
		r = pair(r, "Articles skipped", run.articlesSkipped(), this.styles.integer);
		r = pair(r, "Facts", run.facts(), this.styles.integer);
		r = pair(r, "Verdicts read from", run.reviewWorkbooks() == null || run.reviewWorkbooks().isEmpty()
				? "no reviewer workbook" : String.join("\n", run.reviewWorkbooks()));
		r++;
		r = statusCounts(r, run);
		List<FindingRow> top = index.topDisagreements();
		if (!top.isEmpty()) {
			r = topDisagreements(r + 1, top, index);
			valuesPerSource(r + 1, top, source);
		}
	}

	private int statusCounts(int r, RunInfo run) {
		SXSSFRow head = this.sheet.createRow(r++);
		text(head, 0, "Status", this.styles.header);
		text(head, 1, "Findings", this.styles.header);
		Map<String, Long> counts = new LinkedHashMap<>();
		STATUS_COLOURS.keySet().forEach((status) -> counts.put(status, 0L));
		if (run.findingsByStatus() != null) {
			counts.putAll(run.findingsByStatus());
		}
		int firstCount = r;
		for (Map.Entry<String, Long> count : counts.entrySet()) {
			SXSSFRow row = this.sheet.createRow(r++);
			text(row, 0, count.getKey(), this.styles.status(count.getKey()));
			number(row, 1, count.getValue(), this.styles.integer);
		}
		List<String> statuses = new ArrayList<>(counts.keySet());
		List<String> colours = statuses.stream().map((s) -> STATUS_COLOURS.getOrDefault(s, "808080")).toList();
		int chartEnd = Math.max(r, 18);
		this.charts.findingsPerStatus(statuses, new ArrayList<>(counts.values()), colours, firstCount,
				new SummaryCharts.Area(2, 1, WIDTHS.length, chartEnd, CHART_INSET));
		return chartEnd;
	}

	private int topDisagreements(int r, List<FindingRow> top, FindingIndex index) {
		text(this.sheet.createRow(r++), 0, "Widest disagreements", this.styles.title);
		r = header(r, "Finding", "What", "Values", "Low", "High", "Spread");
		for (FindingRow finding : top) {
			SXSSFRow row = this.sheet.createRow(r++);
			text(row, 0, finding.id(), this.styles.value);
			String target = index.findingAddress(finding.id());
			if (target != null) {
				var link = this.sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
				link.setAddress(target);
				row.getCell(0).setHyperlink(link);
				row.getCell(0).setCellStyle(this.styles.valueLink);
			}
			text(row, 1, BidiText.isolate(finding.what()), this.styles.text);
			text(row, 2, BidiText.isolate(this.dates.writeValues(finding.values())), this.styles.text);
			if (finding.low() != null) {
				number(row, 3, finding.low(), this.styles.number(finding.low()));
			}
			if (finding.high() != null) {
				number(row, 4, finding.high(), this.styles.number(finding.high()));
			}
			if (finding.spread() != null && Double.isFinite(finding.spread())) {
				number(row, 5, finding.spread(), this.styles.spread);
			}
		}
		return r;
	}

	/**
	 * A table of each disagreement's values, one per row, and below it a chart per
	 * disagreement drawn from it.
	 */
	private void valuesPerSource(int r, List<FindingRow> top, ReportSource source) {
		Map<FindingRow, List<StatedValue>> perFinding = new LinkedHashMap<>();
		top.forEach((finding) -> perFinding.put(finding, source.statedValues(finding.id())));
		perFinding.values().removeIf(List::isEmpty);
		if (perFinding.isEmpty()) {
			return;
		}
		boolean ranges = perFinding.values().stream().flatMap(List::stream).anyMatch((v) -> v.high() > v.low());
		text(this.sheet.createRow(r++), 0, VALUES_TITLE, this.styles.title);
		r = ranges ? header(r, "Finding", "Source", "As stated", "Low", "High", "High − Low")
				: header(r, "Finding", "Source", "As stated", "Low", "High");
		Map<FindingRow, Integer> firstRows = new LinkedHashMap<>();
		for (Map.Entry<FindingRow, List<StatedValue>> finding : perFinding.entrySet()) {
			firstRows.put(finding.getKey(), r);
			for (StatedValue value : finding.getValue()) {
				SXSSFRow row = this.sheet.createRow(r++);
				text(row, 0, value.finding(), this.styles.value);
				text(row, 1, value.source(), this.styles.value);
				text(row, 2, value.stated(), this.styles.value);
				number(row, 3, value.low(), this.styles.number(value.low()));
				number(row, 4, value.high(), this.styles.number(value.high()));
				if (ranges) {
					number(row, 5, value.high() - value.low(), this.styles.number(value.high() - value.low()));
				}
			}
		}
		r++;
		for (Map.Entry<FindingRow, List<StatedValue>> finding : perFinding.entrySet()) {
			int height = Math.max(10, 5 + 2 * finding.getValue().size());
			this.charts.valuesPerSource(finding.getKey(), finding.getValue(), firstRows.get(finding.getKey()),
					new SummaryCharts.Area(0, r, 3, r + height, 0));
			r += height + 1;
		}
	}

	private int header(int r, String... names) {
		SXSSFRow head = this.sheet.createRow(r);
		for (int i = 0; i < names.length; i++) {
			text(head, i, names[i], this.styles.header);
		}
		return r + 1;
	}

	private int pair(int r, String name, String value) {
		SXSSFRow row = this.sheet.createRow(r);
		text(row, 0, name, this.styles.header);
		text(row, 1, value, this.styles.value);
		return r + 1;
	}

	private int pair(int r, String name, double value, CellStyle style) {
		SXSSFRow row = this.sheet.createRow(r);
		text(row, 0, name, this.styles.header);
		number(row, 1, value, style);
		return r + 1;
	}

	private void text(SXSSFRow row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellStyle(this.styles.forText(style, value));
		if (value != null) {
			cell.setCellValue(Table.clip(value));
			if (this.styles.wraps(style)) {
				RowHeights.fit(row, value, WIDTHS[column]);
			}
		}
	}

	private static void number(SXSSFRow row, int column, double value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

}
