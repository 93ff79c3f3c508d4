package org.mizan.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * A text with formatted parts, e.g. a fact's surface highlighted in its evidence
 * sentence. Written inline by {@link RichInlineWorkbook}: building an
 * {@code XSSFRichTextString} per row costs an XML tree per cell, which was a third of the
 * report step's time. Immutable once built; the parts do not overlap and come in text
 * order.
 */
final class Highlighted implements RichTextString {

	/** A formatted part {@code [start, end)} of the text. */
	record Part(int start, int end, XSSFFont font) {
	}

	private final String text;

	private final List<Part> parts;

	/** {@code start < end <= text.length()}: the highlighted part, as UTF-16 offsets. */
	Highlighted(String text, int start, int end, XSSFFont font) {
		this(text, List.of(new Part(start, end, font)));
	}

	private Highlighted(String text, List<Part> parts) {
		int last = 0;
		for (Part part : parts) {
			if (part.start() < last || part.start() >= part.end() || part.end() > text.length()) {
				throw new IllegalArgumentException(
						"part " + part.start() + ".." + part.end() + " outside " + last + ".." + text.length());
			}
			last = part.end();
		}
		this.text = text;
		this.parts = List.copyOf(parts);
	}

	/** Builds a text piece by piece, some pieces in a font of their own. */
	static final class Builder {

		private final StringBuilder text = new StringBuilder();

		private final List<Part> parts = new ArrayList<>();

		Builder append(String piece) {
			this.text.append(piece);
			return this;
		}

		Builder append(String piece, XSSFFont font) {
			if (!piece.isEmpty()) {
				this.parts.add(new Part(this.text.length(), this.text.length() + piece.length(), font));
				this.text.append(piece);
			}
			return this;
		}

		/**
		 * {@code piece} with its part {@code [start, end)} in {@code font}; the whole
		 * piece plain when out of range.
		 */
		Builder append(String piece, int start, int end, XSSFFont font) {
			if (start < 0 || start >= end || end > piece.length()) {
				return append(piece);
			}
			return append(piece.substring(0, start)).append(piece.substring(start, end), font)
				.append(piece.substring(end));
		}

		int length() {
			return this.text.length();
		}

		Highlighted build() {
			return new Highlighted(this.text.toString(), this.parts);
		}

	}

	List<Part> parts() {
		return this.parts;
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
		return this.parts.size();
	}

	@Override
	public int getIndexOfFormattingRun(int index) {
		return this.parts.get(index).start();
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
