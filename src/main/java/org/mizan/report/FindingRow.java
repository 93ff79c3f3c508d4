package org.mizan.report;

/**
 * One row of the {@code Findings} sheet. Numeric findings fill
 * {@code low}/{@code high}/{@code spread}; date findings fill
 * {@code dateLow}/{@code dateHigh}.
 *
 * @param values every distinct value with its source(s) and article(s), one per line
 * @param reReview the values changed since the reviewer's verdict was recorded
 * @param why why the facts were put together, in plain words
 */
public record FindingRow(String id, String status, String what, String unit, String values, Double low, Double high,
		String dateLow, String dateHigh, Double spread, int sources, int articles, String verdict, String note,
		boolean reReview, String why) {

	/** A row without the reason it was grouped (a statement finding, a test). */
	public FindingRow(String id, String status, String what, String unit, String values, Double low, Double high,
			String dateLow, String dateHigh, Double spread, int sources, int articles, String verdict, String note,
			boolean reReview) {
		this(id, status, what, unit, values, low, high, dateLow, dateHigh, spread, sources, articles, verdict, note,
				reReview, null);
	}

}
