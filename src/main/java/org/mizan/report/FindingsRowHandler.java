package org.mizan.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/** Collects the reviewer columns of one {@code Findings} sheet, as its rows stream by. */
final class FindingsRowHandler implements SheetContentsHandler {

	static final class MissingHeaderException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		MissingHeaderException(String message) {
			super(message);
		}

	}

	/**
	 * What the Findings sheets of one workbook may still add, shared by its sheets; and
	 * what they added.
	 */
	static final class Budget {

		private final VerdictReader.Limits limits;

		private final Predicate<String> wanted;

		private final List<Verdict> rows = new ArrayList<>();

		private long ignored;

		private int seen;

		private int clippedCells;

		Budget(VerdictReader.Limits limits, Predicate<String> wanted) {
			this.limits = limits;
			this.wanted = wanted;
		}

		List<Verdict> rows() {
			return rows;
		}

		long ignored() {
			return ignored;
		}

		List<String> clipped() {
			List<String> said = new ArrayList<>();
			if (seen > limits.maxRows()) {
				said.add("rows after the first " + limits.maxRows() + " ignored");
			}
			if (clippedCells > 0) {
				said.add(clippedCells + " cell(s) cut to " + limits.maxVerdictChars() + " characters (Verdict) or "
						+ limits.maxTextChars() + " (Note, Values)");
			}
			return said;
		}

		private String clip(String text, int max) {
			if (text.length() <= max) {
				return text;
			}
			clippedCells++;
			int cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
			return text.substring(0, cut);
		}

	}

	private static final List<String> HEADERS = List.of("Finding", "Verdict", "Note", "Values");

	private final String sheetName;

	private final Budget budget;

	private final Map<String, Integer> columnByHeader = new HashMap<>();

	private final Map<Integer, String> cells = new HashMap<>();

	private boolean headerSeen;

	FindingsRowHandler(String sheetName, Budget budget) {
		this.sheetName = sheetName;
		this.budget = budget;
	}

	void finish() {
		if (!this.headerSeen) {
			throw new MissingHeaderException("sheet '" + this.sheetName + "' is empty");
		}
	}

	@Override
	public void startRow(int rowNum) {
		this.cells.clear();
	}

	@Override
	public void cell(String reference, String formattedValue, XSSFComment comment) {
		if (reference != null && formattedValue != null
				&& (!this.headerSeen || this.budget.seen < this.budget.limits.maxRows())) {
			this.cells.put((int) new CellReference(reference).getCol(), formattedValue);
		}
	}

	@Override
	public void endRow(int rowNum) {
		if (!this.headerSeen) {
			this.headerSeen = true;
			this.cells.forEach((column, text) -> this.columnByHeader.putIfAbsent(text.trim(), column));
			for (String header : HEADERS) {
				if (!this.columnByHeader.containsKey(header)) {
					throw new MissingHeaderException("sheet '" + this.sheetName + "' has no '" + header + "' column");
				}
			}
			return;
		}
		if (++this.budget.seen > this.budget.limits.maxRows()) {
			return;
		}
		String finding = value("Finding");
		if (finding.isEmpty()) {
			return;
		}
		if (!this.budget.wanted.test(finding)) {
			this.budget.ignored++;
			return;
		}
		VerdictReader.Limits limits = this.budget.limits;
		this.budget.rows.add(new Verdict(finding, this.budget.clip(value("Verdict"), limits.maxVerdictChars()),
				this.budget.clip(value("Note"), limits.maxTextChars()),
				this.budget.clip(value("Values"), limits.maxTextChars())));
	}

	private String value(String header) {
		String text = this.cells.get(this.columnByHeader.get(header));
		return (text != null) ? text.trim() : "";
	}

}
