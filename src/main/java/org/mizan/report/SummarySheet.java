package org.mizan.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;

/** The {@code Summary} sheet: the run, the findings per status (with a bar chart) and the widest disagreements. */
final class SummarySheet {

	/** The statuses always shown, most urgent first, with the colour of their bar. */
	private static final Map<String, String> STATUS_COLOURS = new LinkedHashMap<>();

	static {
		STATUS_COLOURS.put("DISAGREE", "C00000");
		STATUS_COLOURS.put("HEDGE_DRIFT", "7030A0");
		STATUS_COLOURS.put("SINGLE_SOURCE", "E3A100");
		STATUS_COLOURS.put("CONSISTENT", "70AD47");
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private SummarySheet() {
	}

	static void write(SXSSFSheet sheet, RunInfo run, FindingIndex index, WorkbookStyles styles) {
		sheet.setRightToLeft(true);
		Table.fitToPageWidth(sheet);
		sheet.setRepeatingRows(null);
		sheet.setColumnWidth(0, 22 * 256);
		sheet.setColumnWidth(1, 36 * 256);
		sheet.setColumnWidth(2, 60 * 256);
		sheet.setColumnWidth(3, 12 * 256);
		sheet.setColumnWidth(4, 12 * 256);
		sheet.setColumnWidth(5, 9 * 256);
		int r = 0;
		text(sheet.createRow(r++), 0, "Mizan review: " + run.corpus(), styles.title);
		r++;
		r = pair(sheet, r, "Corpus", run.corpus(), styles);
		r = pair(sheet, r, "Run id", Long.toString(run.runId()), styles);
		r = pair(sheet, r, "Run key", run.runKey(), styles);
		r = pair(sheet, r, "Started", time(run.started()), styles);
		r = pair(sheet, r, "Finished", time(run.finished()), styles);
		r = pair(sheet, r, "Tolerance", run.tolerance(), styles.decimal, styles);
		r = pair(sheet, r, "Articles read", run.articlesRead(), styles.integer, styles);
		r = pair(sheet, r, "Articles skipped", run.articlesSkipped(), styles.integer, styles);
		r = pair(sheet, r, "Facts", run.facts(), styles.integer, styles);
		r++;
		SXSSFRow head = sheet.createRow(r++);
		text(head, 0, "Status", styles.header);
		text(head, 1, "Findings", styles.header);
		Map<String, Long> counts = new LinkedHashMap<>();
		STATUS_COLOURS.keySet().forEach((status) -> counts.put(status, 0L));
		if (run.findingsByStatus() != null) {
			counts.putAll(run.findingsByStatus());
		}
		int firstCount = r;
		for (Map.Entry<String, Long> count : counts.entrySet()) {
			SXSSFRow row = sheet.createRow(r++);
			text(row, 0, count.getKey(), styles.status(count.getKey()));
			number(row, 1, count.getValue(), styles.integer);
		}
		chart(sheet, new ArrayList<>(counts.keySet()), new ArrayList<>(counts.values()), firstCount);
		r = Math.max(r + 1, 22);
		topDisagreements(sheet, r, index.topDisagreements(), index, styles);
	}

	private static void topDisagreements(SXSSFSheet sheet, int r, List<FindingRow> top, FindingIndex index,
			WorkbookStyles styles) {
		if (top.isEmpty()) {
			return;
		}
		text(sheet.createRow(r++), 0, "Widest disagreements", styles.title);
		SXSSFRow head = sheet.createRow(r++);
		String[] names = { "Finding", "What", "Values", "Low", "High", "Spread" };
		for (int i = 0; i < names.length; i++) {
			text(head, i, names[i], styles.header);
		}
		for (FindingRow finding : top) {
			SXSSFRow row = sheet.createRow(r++);
			text(row, 0, finding.id(), styles.text);
			String target = index.findingAddress(finding.id());
			if (target != null) {
				var link = sheet.getWorkbook()
					.getCreationHelper()
					.createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
				link.setAddress(target);
				row.getCell(0).setHyperlink(link);
				row.getCell(0).setCellStyle(styles.link);
			}
			text(row, 1, finding.what(), styles.text);
			text(row, 2, finding.values(), styles.text);
			if (finding.low() != null) {
				number(row, 3, finding.low(), styles.number(finding.low()));
			}
			if (finding.high() != null) {
				number(row, 4, finding.high(), styles.number(finding.high()));
			}
			if (finding.spread() != null && Double.isFinite(finding.spread())) {
				number(row, 5, finding.spread(), styles.spread);
			}
		}
	}

	private static void chart(SXSSFSheet sheet, List<String> statuses, List<Long> counts, int firstRow) {
		// SXSSFDrawing cannot make charts; the drawing lives on the XSSF template sheet, which SXSSF writes as is
		XSSFDrawing drawing = ((SXSSFWorkbook) sheet.getWorkbook()).getXSSFWorkbook()
			.getSheet(sheet.getSheetName())
			.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 2, 1, 3, 20);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText("Findings per status");
		chart.setTitleOverlay(false);
		XDDFCategoryAxis statusAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis countAxis = chart.createValueAxis(AxisPosition.LEFT);
		countAxis.setCrosses(AxisCrosses.AUTO_ZERO);
		countAxis.setNumberFormat("#,##0");
		int from = firstRow + 1;
		int to = firstRow + statuses.size();
		var categories = XDDFDataSourcesFactory.fromArray(statuses.toArray(String[]::new),
				"'Summary'!$A$" + from + ":$A$" + to);
		var values = XDDFDataSourcesFactory.fromArray(counts.toArray(Long[]::new),
				"'Summary'!$B$" + from + ":$B$" + to);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, statusAxis, countAxis);
		data.setBarDirection(BarDirection.COL);
		data.setVaryColors(false);
		XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
		series.setTitle("Findings", null);
		for (int i = 0; i < statuses.size(); i++) {
			String rgb = STATUS_COLOURS.getOrDefault(statuses.get(i), "808080");
			XDDFShapeProperties fill = new XDDFShapeProperties();
			fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(java.util.HexFormat.of().parseHex(rgb))));
			CTDPt point = series.getCTBarSer().addNewDPt();
			point.addNewIdx().setVal(i);
			point.addNewInvertIfNegative().setVal(false);
			point.setSpPr(fill.getXmlObject());
		}
		chart.plot(data);
	}

	private static int pair(SXSSFSheet sheet, int r, String name, String value, WorkbookStyles styles) {
		SXSSFRow row = sheet.createRow(r);
		text(row, 0, name, styles.header);
		text(row, 1, value, styles.text);
		return r + 1;
	}

	private static int pair(SXSSFSheet sheet, int r, String name, double value, CellStyle style,
			WorkbookStyles styles) {
		SXSSFRow row = sheet.createRow(r);
		text(row, 0, name, styles.header);
		number(row, 1, value, style);
		return r + 1;
	}

	private static void text(SXSSFRow row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(Table.clip(value));
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
