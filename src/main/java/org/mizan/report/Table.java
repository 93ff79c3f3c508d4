package org.mizan.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One table of the workbook: a header row, data rows streamed below it, continued on
 * {@code Name (2)}, {@code Name (3)}, ... (placed right after the previous part) when a
 * sheet is full.
 */
final class Table {

	/** Excel's row limit, header included. */
	static final int EXCEL_ROWS = 1_048_576;

	/**
	 * Links are given to the first rows of a sheet only: POI keeps every link in memory
	 * until the file is written (about 1 KB each), and Excel refuses more than 65,530 per
	 * sheet. The rows a reviewer starts from (Findings are sorted disagreements first)
	 * are linked; the rest keep their finding id as text, which the filter finds.
	 */
	static final int MAX_LINKS_PER_SHEET = 10_000;

	/** Excel's limit on the characters of a cell. */
	static final int MAX_CELL_CHARS = 32_767;

	record Column(String name, int width) {
	}

	private final SXSSFWorkbook workbook;

	private final WorkbookStyles styles;

	private final String name;

	private final List<Column> columns;

	private final int rowLimit;

	private final List<String> sheetNames = new ArrayList<>();

	private SXSSFSheet sheet;

	private int nextRow;

	private int links;

	/** The lines the current row is high, as estimated from its wrapped cells so far. */
	private int rowLines;

	private java.util.Map<String, String> headerNotes = java.util.Map.of();

	private java.util.function.BiConsumer<SXSSFSheet, Integer> onSheetDone = (sheet, lastRow) -> {
	};

	Table(SXSSFWorkbook workbook, WorkbookStyles styles, String name, List<Column> columns, int rowLimit) {
		this.workbook = workbook;
		this.styles = styles;
		this.name = name;
		this.columns = columns;
		this.rowLimit = rowLimit;
		openSheet();
	}

	/** The sheet of part {@code part} (0-based) of a table named {@code name}. */
	static String partName(String name, int part) {
		return part == 0 ? name : name + " (" + (part + 1) + ")";
	}

	/**
	 * A cell address for a hyperlink, e.g. {@code 'Facts (2)'!A7}; {@code row} is
	 * 0-based.
	 */
	static String address(String sheet, int column, int row) {
		return "'" + sheet.replace("'", "''") + "'!"
				+ org.apache.poi.ss.util.CellReference.convertNumToColString(column) + (row + 1);
	}

	SXSSFRow newRow() {
		if (this.nextRow >= this.rowLimit) {
			finishSheet();
			openSheet();
		}
		this.rowLines = 1;
		return this.sheet.createRow(this.nextRow++);
	}

	/** The table's name: its first sheet's. */
	String name() {
		return this.name;
	}

	String sheetName() {
		return this.sheet.getSheetName();
	}

	/** The 0-based index of the last row {@link #newRow()} gave. */
	int rowIndex() {
		return this.nextRow - 1;
	}

	void text(SXSSFRow row, int column, String value) {
		text(row, column, value, this.styles.text);
	}

	/**
	 * Text a person reads in a right-to-left sheet: its left-to-right runs keep their
	 * order ({@link BidiText}).
	 */
	void display(SXSSFRow row, int column, String value) {
		text(row, column, BidiText.isolate(value), this.styles.text);
	}

	void text(SXSSFRow row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(this.styles.forText(style, value));
		if (value != null && !value.isEmpty()) {
			// always a string cell, quote-prefixed when it starts like a formula: it
			// stays text when edited too
			cell.setCellValue(clip(value));
			if (this.styles.wraps(style)) {
				grow(row, column, value);
			}
		}
	}

	void rich(SXSSFRow row, int column, Highlighted value) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(this.styles.forText(this.styles.highlighted, value.getString()));
		cell.setCellValue(value);
		grow(row, column, value.getString());
	}

	/**
	 * Makes the row tall enough for a wrapped cell (LibreOffice and Excel do not grow
	 * streamed rows).
	 */
	private void grow(SXSSFRow row, int column, String value) {
		if (column >= this.columns.size()) {
			return;
		}
		int lines = RowHeights.lines(value, this.columns.get(column).width());
		if (lines > this.rowLines) {
			this.rowLines = lines;
			row.setHeightInPoints(RowHeights.points(lines));
		}
	}

	void number(SXSSFRow row, int column, Double value) {
		Cell cell = row.createCell(column);
		if (value != null && Double.isFinite(value)) {
			cell.setCellValue(value);
			cell.setCellStyle(this.styles.number(value));
		}
	}

	void number(SXSSFRow row, int column, double value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	/**
	 * A string cell linking to a cell of this workbook, while the sheet has links left
	 * (plain text after).
	 */
	void link(SXSSFRow row, int column, String value, String target) {
		if (target == null || this.links >= MAX_LINKS_PER_SHEET) {
			text(row, column, value);
			return;
		}
		text(row, column, value, this.styles.link);
		Hyperlink link = this.workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
		link.setAddress(target);
		row.getCell(column).setHyperlink(link);
		this.links++;
	}

	/** Comments on the header cells, by column name, on this part and every later one. */
	Table withHeaderNotes(java.util.Map<String, String> notes) {
		this.headerNotes = notes;
		annotateHeader();
		return this;
	}

	private void annotateHeader() {
		if (this.headerNotes.isEmpty()) {
			return;
		}
		var drawing = this.sheet.createDrawingPatriarch();
		SXSSFRow header = this.sheet.getRow(0);
		for (int i = 0; i < this.columns.size(); i++) {
			String note = this.headerNotes.get(this.columns.get(i).name());
			if (note == null) {
				continue;
			}
			var anchor = this.workbook.getCreationHelper().createClientAnchor();
			anchor.setCol1(i);
			anchor.setCol2(i + 4);
			anchor.setRow1(0);
			anchor.setRow2(5);
			var comment = drawing.createCellComment(anchor);
			comment.setString(this.workbook.getCreationHelper().createRichTextString(note));
			comment.setAuthor("Mizan");
			header.getCell(i).setCellComment(comment);
		}
	}

	/**
	 * Called with each finished part and its last row index (0 when it has no data rows).
	 */
	void onSheetDone(java.util.function.BiConsumer<SXSSFSheet, Integer> action) {
		this.onSheetDone = action;
	}

	/** Writes the autofilter of the last part; call once after the last row. */
	void finish() {
		finishSheet();
	}

	List<String> sheetNames() {
		return this.sheetNames;
	}

	SXSSFSheet sheet() {
		return this.sheet;
	}

	private static int longestLine(String text) {
		int longest = 0;
		for (String line : text.split("\n")) {
			longest = Math.max(longest, BidiText.strip(line).length());
		}
		return longest;
	}

	static String clip(String value) {
		return value.length() <= MAX_CELL_CHARS ? value : value.substring(0, MAX_CELL_CHARS - 1) + "…";
	}

	private void openSheet() {
		String sheetName = partName(this.name, this.sheetNames.size());
		this.sheet = this.workbook.createSheet(sheetName);
		if (!this.sheetNames.isEmpty()) {
			String previous = this.sheetNames.get(this.sheetNames.size() - 1);
			this.workbook.setSheetOrder(sheetName, this.workbook.getSheetIndex(previous) + 1);
		}
		this.sheetNames.add(sheetName);
		this.sheet.setRightToLeft(true);
		this.sheet.createFreezePane(0, 1);
		printSetup(this.sheet);
		this.nextRow = 0;
		this.links = 0;
		SXSSFRow header = newRow();
		for (int i = 0; i < this.columns.size(); i++) {
			Column column = this.columns.get(i);
			// never narrower than its bold header: a clipped or broken header ("Source
			// s") reads as another word
			this.sheet.setColumnWidth(i, Math.max(column.width(), longestLine(column.name()) + 2) * 256);
			text(header, i, column.name(), this.styles.header);
		}
		annotateHeader();
	}

	/**
	 * Prints on A4 landscape, one page wide and as many pages tall as needed, with narrow
	 * margins and the header row repeated on every page. Column widths are chosen so this
	 * scale stays readable.
	 */
	static void printSetup(Sheet sheet) {
		sheet.setFitToPage(true);
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setMargin(PageMargin.LEFT, 0.3);
		sheet.setMargin(PageMargin.RIGHT, 0.3);
		sheet.setMargin(PageMargin.TOP, 0.4);
		sheet.setMargin(PageMargin.BOTTOM, 0.4);
		sheet.setMargin(PageMargin.HEADER, 0.2);
		sheet.setMargin(PageMargin.FOOTER, 0.2);
		sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
	}

	private void finishSheet() {
		int lastColumn = this.columns.size() - 1;
		this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.nextRow - 1), 0, lastColumn));
		this.onSheetDone.accept(this.sheet, this.nextRow - 1);
	}

}
