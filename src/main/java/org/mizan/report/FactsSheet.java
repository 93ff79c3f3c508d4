package org.mizan.report;

import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFRow;
import org.mizan.extract.FramePhrases;

/**
 * The {@code Facts} table: one row per extracted fact, its surface highlighted in the
 * evidence sentence.
 */
final class FactsSheet {

	static final List<Table.Column> COLUMNS = List.of(new Table.Column("Fact", 10), new Table.Column("Finding", 11),
			new Table.Column("Article", 24), new Table.Column("Line", 6), new Table.Column("Start", 8),
			new Table.Column("End", 8), new Table.Column("Surface", 20), new Table.Column("Value", 12),
			new Table.Column("Low", 11), new Table.Column("High", 11), new Table.Column("Approx", 10),
			new Table.Column("Unit", 11), new Table.Column("Counted", 18), new Table.Column("Event", 13),
			new Table.Column("Source", 24), new Table.Column("Source type", 12), new Table.Column("Hedge", 10),
			new Table.Column("Evidence", 70), new Table.Column("Context", 50), new Table.Column("Measure", 18),
			new Table.Column("Of what", 12), new Table.Column("Part", 12), new Table.Column("When", 10),
			new Table.Column("Kind", 10));

	static final int EVIDENCE_COLUMN = 17;

	private FactsSheet() {
	}

	/**
	 * One fact's row; the facts come in the order of their findings
	 * ({@link ReportSource#factsAndFindings}).
	 */
	static void write(Table table, FindingIndex index, WorkbookStyles styles, FactRow fact) {
		SXSSFRow row = table.newRow();
		index.factWritten(fact.finding(), table.sheetName(), table.rowIndex(), COLUMNS.size() - 1);
		table.text(row, 0, fact.id());
		table.link(row, 1, fact.finding(), index.findingAddress(fact.finding()));
		table.text(row, 2, fact.article());
		table.number(row, 3, fact.line(), styles.integer);
		table.number(row, 4, fact.start(), styles.integer);
		table.number(row, 5, fact.end(), styles.integer);
		table.text(row, 6, fact.surface());
		if (fact.value() != null) {
			table.number(row, 7, fact.value());
		}
		else {
			table.text(row, 7, fact.date(), styles.leftToRight);
		}
		table.number(row, 8, fact.low());
		table.number(row, 9, fact.high());
		table.text(row, 10, fact.approx() == null ? null : fact.approx().label());
		table.text(row, 11, fact.unit());
		table.text(row, 12, fact.counted());
		table.text(row, 13, fact.event());
		table.text(row, 14, fact.source());
		table.text(row, 15, fact.sourceType() == null ? null : fact.sourceType().label());
		table.text(row, 16, fact.hedge() == null ? null : fact.hedge().label());
		writeEvidence(table, row, fact, styles);
		table.display(row, 18, fact.context());
		table.text(row, 19, fact.measure());
		table.text(row, 20, FramePhrases.subject(fact.subject()));
		// the frame in a reader's words, not the keys the aligner compares
		table.text(row, 21, FramePhrases.scope(fact.scope()));
		table.text(row, 22, FramePhrases.time(fact.time()));
		table.text(row, 23, FramePhrases.kind(fact.kind() == null ? null : fact.kind().label()));
	}

	private static void writeEvidence(Table table, SXSSFRow row, FactRow fact, WorkbookStyles styles) {
		String evidence = fact.evidence();
		if (evidence == null || evidence.isEmpty()) {
			table.text(row, EVIDENCE_COLUMN, evidence);
			return;
		}
		String clipped = Table.clip(evidence);
		int start = fact.surfaceStart();
		int end = Math.min(fact.surfaceEnd(), clipped.length());
		if (start < 0 || start >= end) {
			table.text(row, EVIDENCE_COLUMN, clipped);
			return;
		}
		table.rich(row, EVIDENCE_COLUMN, new Highlighted(clipped, start, end, styles.highlight));
	}

}
