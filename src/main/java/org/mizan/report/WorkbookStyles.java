package org.mizan.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The few cell styles of the workbook, created once (a workbook holds at most 64,000
 * styles).
 */
final class WorkbookStyles {

	/**
	 * Arial has Arabic glyphs on Windows, macOS and in LibreOffice (metric-compatible
	 * Liberation fallback).
	 */
	static final String FONT = "Arial";

	static final String INTEGER_FORMAT = "#,##0";

	static final String DECIMAL_FORMAT = "#,##0.##";

	static final String SPREAD_FORMAT = "#,##0.00";

	private static final Map<String, String> STATUS_FILLS = Map.of("DISAGREE", "F4B6B6", "SINGLE_SOURCE", "FFE29A",
			"CONSISTENT", "E3F1E0", "HEDGE_DRIFT", "D9CCF0", "SKIPPED", "FFE29A", "GONE", "F4B6B6", "NEW", "E3F1E0",
			"CHANGED", "FFE29A");

	final XSSFCellStyle header;

	final XSSFCellStyle text;

	final XSSFCellStyle link;

	/**
	 * Summary cells aligned to the right whatever their script: a value next to its
	 * label, an id or a name that would otherwise run into the cell beside it.
	 */
	final XSSFCellStyle value;

	final XSSFCellStyle valueLink;

	final XSSFCellStyle integer;

	final XSSFCellStyle decimal;

	final XSSFCellStyle spread;

	final XSSFCellStyle reReview;

	final XSSFCellStyle title;

	final XSSFFont highlight;

	/**
	 * Wrapped text with a highlighted part ({@link Highlighted}): the only cells written
	 * with formatting runs.
	 */
	final XSSFCellStyle highlighted;

	/** Where a piece of evidence was read, in a Findings row's Evidence. */
	final XSSFFont evidenceLabel;

	/** The earlier sentence that says what a number counts, in grey. */
	final XSSFFont context;

	/**
	 * Machine-form text that must read left to right even in a right-to-left sheet: an
	 * ISO date such as {@code --01} would otherwise show as {@code 01--}.
	 */
	final XSSFCellStyle leftToRight;

	/** A section title of the Legend. */
	final XSSFCellStyle section;

	/** A term the Legend explains. */
	final XSSFCellStyle term;

	/** A SHA-256: small and unwrapped, so its 64 characters keep to one line. */
	final XSSFCellStyle fingerprint;

	private final Map<String, XSSFCellStyle> statusStyles = new HashMap<>();

	/** Each style's copy with the quote prefix, made when first needed. */
	private final Map<Short, XSSFCellStyle> quoted = new HashMap<>();

	private final SXSSFWorkbook workbook;

	WorkbookStyles(SXSSFWorkbook workbook) {
		this.workbook = workbook;
		XSSFFont plain = font(workbook, false, null);
		this.text = style(workbook, plain);
		this.text.setWrapText(true);
		this.header = style(workbook, font(workbook, true, null));
		this.header.setWrapText(true);
		// English headers over right-to-left columns: centred, so a header sits over its
		// numbers and its text
		this.header.setAlignment(HorizontalAlignment.CENTER);
		fill(this.header, "D9D9D9");
		this.header.setBorderBottom(BorderStyle.THIN);
		this.value = style(workbook, plain);
		this.value.setAlignment(HorizontalAlignment.RIGHT);
		this.link = style(workbook, font(workbook, false, "0563C1"));
		this.link.getFont().setUnderline(XSSFFont.U_SINGLE);
		this.valueLink = style(workbook, this.link.getFont());
		this.valueLink.setAlignment(HorizontalAlignment.RIGHT);
		this.integer = numberStyle(workbook, plain, INTEGER_FORMAT);
		this.decimal = numberStyle(workbook, plain, DECIMAL_FORMAT);
		this.spread = numberStyle(workbook, plain, SPREAD_FORMAT);
		this.reReview = style(workbook, font(workbook, true, "9C5700"));
		this.reReview.setWrapText(true);
		fill(this.reReview, "FFC000");
		XSSFFont big = font(workbook, true, null);
		big.setFontHeightInPoints((short) 14);
		this.title = style(workbook, big);
		this.highlight = font(workbook, true, "C00000");
		this.highlighted = style(workbook, plain);
		this.highlighted.setWrapText(true);
		if (workbook instanceof RichInlineWorkbook rich) {
			rich.writeRunsOf(this.highlighted);
			rich.writeRunsOf(quoted(this.highlighted));
		}
		this.leftToRight = style(workbook, plain);
		this.leftToRight.setReadingOrder(org.apache.poi.ss.usermodel.ReadingOrder.LEFT_TO_RIGHT);
		this.leftToRight.setAlignment(HorizontalAlignment.RIGHT);
		this.section = style(workbook, font(workbook, true, null));
		fill(this.section, "DDEBF7");
		this.term = style(workbook, font(workbook, true, null));
		this.term.setWrapText(true);
		this.evidenceLabel = font(workbook, true, "44546A");
		this.context = font(workbook, false, "7F7F7F");
		XSSFFont small = font(workbook, false, null);
		small.setFontHeightInPoints((short) 8);
		this.fingerprint = style(workbook, small);
		STATUS_FILLS.forEach((status, rgb) -> {
			XSSFCellStyle style = style(workbook, font(workbook, "DISAGREE".equals(status), null));
			fill(style, rgb);
			this.statusStyles.put(status, style);
		});
	}

	/** Whether text in this style wraps, so its row must grow to show it. */
	boolean wraps(CellStyle style) {
		return style.getWrapText();
	}

	/**
	 * The style to write {@code value} in: {@code style}, or its copy with the quote
	 * prefix when the text starts like a formula ({@code = + - @}, a tab or a carriage
	 * return), so that editing the cell or exporting the sheet to CSV never turns article
	 * text into a formula.
	 */
	CellStyle forText(CellStyle style, String value) {
		return looksLikeFormula(value) ? quoted(style) : style;
	}

	static boolean looksLikeFormula(String value) {
		if (value == null || value.isEmpty()) {
			return false;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	private XSSFCellStyle quoted(CellStyle style) {
		return this.quoted.computeIfAbsent(style.getIndex(), (index) -> {
			XSSFCellStyle copy = (XSSFCellStyle) this.workbook.createCellStyle();
			copy.cloneStyleFrom(style);
			copy.setQuotePrefixed(true);
			return copy;
		});
	}

	/** The style of a status cell; unknown statuses look like plain text. */
	XSSFCellStyle status(String status) {
		return this.statusStyles.getOrDefault(status, this.text);
	}

	/**
	 * {@code #,##0} for whole numbers, {@code #,##0.##} otherwise, so 3000 never shows as
	 * "3,000.".
	 */
	XSSFCellStyle number(double value) {
		return value == Math.rint(value) ? this.integer : this.decimal;
	}

	private static XSSFFont font(SXSSFWorkbook workbook, boolean bold, String rgb) {
		XSSFFont font = (XSSFFont) workbook.createFont();
		font.setFontName(FONT);
		font.setFontHeightInPoints((short) 11);
		font.setBold(bold);
		if (rgb != null) {
			font.setColor(color(rgb));
		}
		return font;
	}

	private static XSSFCellStyle style(SXSSFWorkbook workbook, XSSFFont font) {
		XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	private static XSSFCellStyle numberStyle(SXSSFWorkbook workbook, XSSFFont font, String format) {
		XSSFCellStyle style = style(workbook, font);
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		// in a right-to-left sheet a number's right edge meets the text column beside it:
		// keep them apart
		style.setAlignment(HorizontalAlignment.RIGHT);
		style.setIndention((short) 1);
		return style;
	}

	private static void fill(XSSFCellStyle style, String rgb) {
		style.setFillForegroundColor(color(rgb));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

	private static XSSFColor color(String rgb) {
		return new XSSFColor(java.util.HexFormat.of().parseHex(rgb));
	}

}
