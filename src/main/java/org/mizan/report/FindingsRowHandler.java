package org.mizan.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	private static final List<String> HEADERS = List.of("Finding", "Verdict", "Note", "Values");

	private final String sheetName;

	private final Map<String, Integer> columnByHeader = new HashMap<>();

	private final Map<Integer, String> cells = new HashMap<>();

	private final List<Verdict> verdicts = new ArrayList<>();

	private boolean headerSeen;

	FindingsRowHandler(String sheetName) {
		this.sheetName = sheetName;
	}

	List<Verdict> verdicts() {
		if (!this.headerSeen) {
			throw new MissingHeaderException("sheet '" + this.sheetName + "' is empty");
		}
		return this.verdicts;
	}

	@Override
	public void startRow(int rowNum) {
		this.cells.clear();
	}

	@Override
	public void cell(String reference, String formattedValue, XSSFComment comment) {
		if (reference != null && formattedValue != null) {
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
		String finding = value("Finding");
		String verdict = value("Verdict");
		String note = value("Note");
		if (!finding.isEmpty() && (!verdict.isEmpty() || !note.isEmpty())) {
			this.verdicts.add(new Verdict(finding, verdict, note, value("Values")));
		}
	}

	private String value(String header) {
		String text = this.cells.get(this.columnByHeader.get(header));
		return (text != null) ? text.trim() : "";
	}

}
