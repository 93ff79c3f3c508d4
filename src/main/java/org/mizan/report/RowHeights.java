package org.mizan.report;

import org.apache.poi.ss.usermodel.Row;

/**
 * A cheap estimate of how tall a row of wrapped text must be. Streamed rows are not grown
 * by Excel or LibreOffice when they open the file, so a row one line high would draw its
 * wrapped text over the rows below. The estimate counts characters, not font metrics:
 * each explicit line needs its length divided by the characters a line of the column
 * holds, and the row takes the most lines of its cells, up to {@link #MAX_LINES} (the
 * rest stays readable in the cell).
 */
final class RowHeights {

	/**
	 * Points per line of 11-point Arial: about 14 in Excel, 12 in LibreOffice; the larger
	 * keeps text from clipping.
	 */
	static final float LINE_POINTS = 13.5f;

	/** Excel's tallest row (409 points) holds about 30 lines. */
	static final int MAX_LINES = 30;

	/**
	 * Characters of 11-point Arial per unit of column width (the digit 0 of the default
	 * 11-point Calibri): about 1.3 for Latin and Arabic text as LibreOffice draws it,
	 * less in Excel and where lines break between long words.
	 */
	private static final double FILL = 1.15;

	private RowHeights() {
	}

	/**
	 * The lines a cell of {@code widthChars} needs to show {@code text}, at least 1 and
	 * at most {@link #MAX_LINES}.
	 */
	static int lines(String text, int widthChars) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		int perLine = Math.max(1, (int) (widthChars * FILL));
		int lines = 0;
		int run = 0;
		for (int i = 0, n = text.length(); i < n && lines < MAX_LINES; i++) {
			if (text.charAt(i) == '\n') {
				lines += linesOf(run, perLine);
				run = 0;
			}
			else {
				run++;
			}
		}
		lines += linesOf(run, perLine);
		return Math.min(lines, MAX_LINES);
	}

	static float points(int lines) {
		return lines * LINE_POINTS + 2;
	}

	/**
	 * Grows {@code row} to show {@code text} in a column of {@code widthChars}; never
	 * shrinks it.
	 */
	static void fit(Row row, String text, int widthChars) {
		int lines = lines(text, widthChars);
		if (lines > 1 && points(lines) > row.getHeightInPoints()) {
			row.setHeightInPoints(points(lines));
		}
	}

	private static int linesOf(int chars, int perLine) {
		return Math.max(1, (chars + perLine - 1) / perLine);
	}

}
