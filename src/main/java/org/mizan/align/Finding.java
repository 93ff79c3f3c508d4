package org.mizan.align;

import java.util.List;

/**
 * One aligned claim: the same fact as told by one or more sources.
 *
 * @param id stable id, {@code F-} and six hex digits
 * @param what what is counted, of what, where and when, in plain words
 * @param low smallest stated number (null for dates)
 * @param high largest stated number (null for dates)
 * @param dateLow earliest date (ISO, as stated), null for numbers
 * @param dateHigh latest date, null for numbers
 * @param spread high / low for numbers, else null
 * @param sources independent sources behind the values
 * @param values one line per distinct value: {@code value — source(s) (article(s))}
 * @param why why these facts (or statements) were put together, in plain words
 */
public record Finding(String id, FindingStatus status, String what, String unit, List<String> factIds, Double low,
		Double high, String dateLow, String dateHigh, Double spread, int sources, int articles, List<String> values,
		String why) {

	public Finding {
		factIds = List.copyOf(factIds);
		values = List.copyOf(values);
	}

	/** The values, one per line, as the workbook shows them. */
	public String valuesText() {
		return String.join("\n", values);
	}

}
