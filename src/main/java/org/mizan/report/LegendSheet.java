package org.mizan.report;

import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFRow;

/**
 * The {@code Legend} sheet, after the contract's sheets: every term of the workbook in
 * English and Arabic.
 */
final class LegendSheet {

	static final List<Table.Column> COLUMNS = List.of(new Table.Column("Term", 24), new Table.Column("English", 60),
			new Table.Column("Arabic", 60));

	private LegendSheet() {
	}

	static void write(Table table, WorkbookStyles styles) {
		for (Legend.Section section : Legend.get().sections()) {
			SXSSFRow title = table.newRow();
			table.text(title, 0, section.english(), styles.section);
			table.text(title, 1, null, styles.section);
			table.text(title, 2, section.arabic(), styles.section);
			for (Legend.Entry entry : section.entries()) {
				SXSSFRow row = table.newRow();
				table.text(row, 0, entry.term(), styles.term);
				table.display(row, 1, entry.english());
				table.display(row, 2, entry.arabic());
			}
		}
		table.finish();
	}

}
