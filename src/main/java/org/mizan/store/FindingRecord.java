package org.mizan.store;

/**
 * A row of {@code MIZAN_FINDING}: a fact finding ({@code kind = fact}) or a statement
 * finding ({@code kind =
 * statement}), the one list of the table's columns ({@link RecordColumns}). {@code why}
 * says in plain words why its facts were put together. The status is stored as the name
 * of the align step's status.
 */
public record FindingRecord(long runId, String findingId, String kind, String status, String what, String unit,
		String valuesText, Double low, Double high, String dateLow, String dateHigh, Double spread, int sources,
		int articles, String why) {

	static final RecordColumns<FindingRecord> COLUMNS = new RecordColumns<>(FindingRecord.class);

	/** The row with its text clipped to the columns' widths. */
	FindingRecord clipped() {
		return new FindingRecord(runId, findingId, kind, status, ExtractionStore.clip(what, 4000), unit,
				ExtractionStore.clip(valuesText, 16000), low, high, dateLow, dateHigh, spread, sources, articles,
				ExtractionStore.clip(why, 4000));
	}

}
