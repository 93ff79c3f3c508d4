package org.mizan.report;

import java.util.HexFormat;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;

/**
 * The charts of the {@code Summary} sheet, each drawn from cells the sheet already shows.
 */
final class SummaryCharts {

	/**
	 * Where a chart sits: columns and rows as cell indexes (0-based, the end exclusive),
	 * and a left inset.
	 */
	record Area(int firstColumn, int firstRow, int endColumn, int endRow, int insetEmu) {
	}

	static final String LOW_COLOUR = "C00000";

	static final String RANGE_COLOUR = "F4B6B6";

	private final SXSSFSheet sheet;

	private final XSSFDrawing drawing;

	SummaryCharts(SXSSFSheet sheet) {
		this.sheet = sheet;
		// SXSSFDrawing cannot make charts; the drawing lives on the XSSF template sheet,
		// which SXSSF writes as is
		this.drawing = ((SXSSFWorkbook) sheet.getWorkbook()).getXSSFWorkbook()
			.getSheet(sheet.getSheetName())
			.createDrawingPatriarch();
	}

	/**
	 * Columns of findings per status, each in its status colour; labels in column A,
	 * counts in B.
	 */
	void findingsPerStatus(List<String> statuses, List<Long> counts, List<String> colours, int firstRow, Area area) {
		XSSFChart chart = chart(area, "Findings per status");
		XDDFCategoryAxis statusAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis countAxis = chart.createValueAxis(AxisPosition.LEFT);
		countAxis.setCrosses(AxisCrosses.AUTO_ZERO);
		countAxis.setNumberFormat("#,##0");
		int to = firstRow + statuses.size() - 1;
		var categories = XDDFDataSourcesFactory.fromArray(statuses.toArray(String[]::new), range("A", firstRow, to));
		var values = XDDFDataSourcesFactory.fromArray(counts.toArray(Long[]::new), range("B", firstRow, to));
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, statusAxis, countAxis);
		data.setBarDirection(BarDirection.COL);
		data.setVaryColors(false);
		XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
		series.setTitle("Findings", null);
		for (int i = 0; i < statuses.size(); i++) {
			CTDPt point = series.getCTBarSer().addNewDPt();
			point.addNewIdx().setVal(i);
			point.addNewInvertIfNegative().setVal(false);
			point.setSpPr(fill(colours.get(i)).getXmlObject());
		}
		chart.plot(data);
	}

	/**
	 * Horizontal bars of the values one disagreement's sources state, one bar per value,
	 * its source on the axis. A stated range is drawn as a dark bar to its low end and a
	 * light one on to its high end.
	 * @param firstRow the first row of the values (0-based): sources in column B, lows in
	 * D, range widths in F
	 */
	void valuesPerSource(FindingRow finding, List<StatedValue> values, int firstRow, Area area) {
		XSSFChart chart = chart(area, title(finding));
		XDDFCategoryAxis sourceAxis = chart.createCategoryAxis(AxisPosition.LEFT);
		sourceAxis.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
		valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
		valueAxis.setNumberFormat("#,##0");
		int to = firstRow + values.size() - 1;
		XDDFCategoryDataSource sources = XDDFDataSourcesFactory
			.fromArray(values.stream().map(StatedValue::source).toArray(String[]::new), range("B", firstRow, to));
		XDDFNumericalDataSource<Double> lows = XDDFDataSourcesFactory
			.fromArray(values.stream().map(StatedValue::low).toArray(Double[]::new), range("D", firstRow, to));
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, sourceAxis, valueAxis);
		data.setBarDirection(BarDirection.BAR);
		data.setVaryColors(false);
		data.setBarGrouping(BarGrouping.STACKED);
		data.setGapWidth(60);
		XDDFBarChartData.Series low = (XDDFBarChartData.Series) data.addSeries(sources, lows);
		low.setTitle("stated (low end of a range)", null);
		low.setShapeProperties(fill(LOW_COLOUR));
		if (values.stream().anyMatch((value) -> value.high() > value.low())) {
			XDDFNumericalDataSource<Double> widths = XDDFDataSourcesFactory.fromArray(
					values.stream().map((value) -> value.high() - value.low()).toArray(Double[]::new),
					range("F", firstRow, to));
			XDDFBarChartData.Series width = (XDDFBarChartData.Series) data.addSeries(sources, widths);
			width.setTitle("up to the high end", null);
			width.setShapeProperties(fill(RANGE_COLOUR));
			chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		}
		chart.plot(data);
		overlapFully(chart);
	}

	/**
	 * The finding id, what is counted and its unit: the start of {@code What}, before the
	 * event and the reasons.
	 */
	static String title(FindingRow finding) {
		String what = (finding.what() != null) ? finding.what() : "";
		for (String end : List.of(StatedValue.SEPARATOR, " · ")) {
			what = (what.contains(end)) ? what.substring(0, what.indexOf(end)) : what;
		}
		what = (what.length() <= 60) ? what : what.substring(0, 59) + "…";
		return finding.id() + ": " + what + shownUnit(finding.unit());
	}

	/**
	 * A currency code or a percent sign after the title; a unit key (killed, hectare) is
	 * not for a reader.
	 */
	static String shownUnit(String unit) {
		if (unit == null || unit.isEmpty()) {
			return "";
		}
		if ("percent".equals(unit)) {
			return " (%)";
		}
		return unit.matches("[A-Z]{3}") ? " (" + unit + ")" : "";
	}

	/**
	 * Stacked bars need an overlap of 100% or Excel draws each series beside the other.
	 * Written as raw XML: the typed setter needs a schema type that poi-ooxml-lite does
	 * not ship.
	 */
	private static void overlapFully(XSSFChart chart) {
		for (CTBarChart bar : chart.getCTChart().getPlotArea().getBarChartList()) {
			if (bar.isSetOverlap()) {
				continue;
			}
			try (XmlCursor cursor = bar.addNewOverlap().newCursor()) {
				cursor.setAttributeText(new QName("val"), "100");
			}
		}
	}

	private XSSFChart chart(Area area, String title) {
		XSSFClientAnchor anchor = this.drawing.createAnchor(area.insetEmu(), 0, 0, 0, area.firstColumn(),
				area.firstRow(), area.endColumn(), area.endRow());
		XSSFChart chart = this.drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		return chart;
	}

	private String range(String column, int firstRow, int lastRow) {
		String sheetName = "'" + this.sheet.getSheetName().replace("'", "''") + "'!";
		return sheetName + "$" + column + "$" + (firstRow + 1) + ":$" + column + "$" + (lastRow + 1);
	}

	private static XDDFShapeProperties fill(String rgb) {
		XDDFShapeProperties fill = new XDDFShapeProperties();
		fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(HexFormat.of().parseHex(rgb))));
		return fill;
	}

}
