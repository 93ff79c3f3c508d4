package org.mizan.report;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * A text with one highlighted part, e.g. a fact's surface in its evidence sentence. Written inline by
 * {@link RichInlineWorkbook}: building an {@code XSSFRichTextString} per row costs an XML tree per cell, which was
 * a third of the report step's time. Immutable: the font is given once.
 */
final class Highlighted implements RichTextString {

	private final String text;

	private final int start;

	private final int end;

	private final XSSFFont font;

	/** {@code start < end <= text.length()}: the highlighted part, as UTF-16 offsets. */
	Highlighted(String text, int start, int end, XSSFFont font) {
		if (start < 0 || start >= end || end > text.length()) {
			throw new IllegalArgumentException("highlight " + start + ".." + end + " outside 0.." + text.length());
		}
		this.text = text;
		this.start = start;
		this.end = end;
		this.font = font;
	}

	int start() {
		return this.start;
	}

	int end() {
		return this.end;
	}

	XSSFFont font() {
		return this.font;
	}

	@Override
	public String getString() {
		return this.text;
	}

	@Override
	public int length() {
		return this.text.length();
	}

	@Override
	public int numFormattingRuns() {
		return 1;
	}

	@Override
	public int getIndexOfFormattingRun(int index) {
		return this.start;
	}

	@Override
	public void applyFont(int startIndex, int endIndex, short fontIndex) {
		throw immutable();
	}

	@Override
	public void applyFont(int startIndex, int endIndex, Font font) {
		throw immutable();
	}

	@Override
	public void applyFont(Font font) {
		throw immutable();
	}

	@Override
	public void applyFont(short fontIndex) {
		throw immutable();
	}

	@Override
	public void clearFormatting() {
		throw immutable();
	}

	private static UnsupportedOperationException immutable() {
		return new UnsupportedOperationException("a highlighted text is immutable");
	}

}
