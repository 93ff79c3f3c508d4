package org.mizan.report;

import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The {@code Findings} table: one row per aligned claim, with the reviewer's Verdict
 * drop-down and Note.
 */
final class FindingsSheet {

	/**
	 * Narrow enough (169 characters) that a page wide prints at about two thirds of full
	 * size.
	 */
	static final List<Table.Column> COLUMNS = List.of(new Table.Column("Finding", 10), new Table.Column("Status", 16),
			new Table.Column("What", 28), new Table.Column("Unit", 9), new Table.Column("Values", 40),
			new Table.Column("Low", 14), new Table.Column("High", 14), new Table.Column("Spread", 7),
			new Table.Column("Sources", 7), new Table.Column("Articles", 7), new Table.Column("Verdict", 13),
			new Table.Column("Note", 16), new Table.Column("Re-review", 10), new Table.Column("Evidence", 80),
			new Table.Column("Why grouped", 40));

	static final int EVIDENCE_COLUMN = 13;

	/**
	 * The facts whose sentences a Findings row shows; the link leads to all of them in
	 * Facts.
	 */
	static final int MAX_EVIDENCE = 6;

	static final List<String> VERDICTS = List.of("confirmed discrepancy", "not a discrepancy", "needs follow-up",
			"resolved");

	static final int VERDICT_COLUMN = 10;

	static final String RE_REVIEW = "values changed since verdict";

	static final String UNLISTED = "verdict not in the list";

	private FindingsSheet() {
	}

	/** Call before the first row: each finished part gets the Verdict drop-down. */
	static void start(Table table) {
		table.onSheetDone(FindingsSheet::addVerdictDropDown);
	}

	/** One finding's row, written after its facts' rows, so it links to them. */
	static void write(Table table, FindingIndex index, WorkbookStyles styles, DateWriting dates,
			FindingEvidence withEvidence) {
		FindingRow finding = withEvidence.finding();
		boolean isDate = finding.dateLow() != null || finding.dateHigh() != null;
		SXSSFRow row = table.newRow();
		table.link(row, 0, finding.id(), index.factsAddress(finding.id()));
		table.text(row, 1, finding.status(), styles.status(finding.status()));
		table.display(row, 2, finding.what());
		table.text(row, 3, finding.unit());
		table.display(row, 4, isDate ? dates.writeValues(finding.values()) : finding.values());
		if (isDate) {
			table.text(row, 5, dates.write(finding.dateLow()));
			table.text(row, 6, dates.write(finding.dateHigh()));
		}
		else {
			table.number(row, 5, finding.low());
			table.number(row, 6, finding.high());
		}
		if (finding.spread() != null && Double.isFinite(finding.spread())) {
			table.number(row, 7, finding.spread(), styles.spread);
		}
		table.number(row, 8, finding.sources(), styles.integer);
		table.number(row, 9, finding.articles(), styles.integer);
		table.text(row, VERDICT_COLUMN, finding.verdict());
		table.text(row, 11, finding.note());
		if (finding.reReview() || !Verdict.isListed(finding.verdict())) {
			table.text(row, 12, finding.reReview() ? RE_REVIEW : UNLISTED, styles.reReview);
		}
		if (!withEvidence.evidence().isEmpty()) {
			table.rich(row, EVIDENCE_COLUMN, EvidenceText.of(withEvidence, styles));
		}
		table.text(row, EVIDENCE_COLUMN + 1, finding.why());
	}

	private static void addVerdictDropDown(SXSSFSheet sheet, int lastRow) {
		if (lastRow < 1) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(VERDICTS.toArray(String[]::new)),
				new CellRangeAddressList(1, lastRow, VERDICT_COLUMN, VERDICT_COLUMN));
		// XSSF reads this flag the other way round: true shows the arrow
		validation.setSuppressDropDownArrow(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.setShowErrorBox(true);
		validation.createErrorBox("Verdict", "Choose a verdict from the list: " + String.join(", ", VERDICTS) + ".");
		sheet.addValidationData(validation);
	}

}
