package org.mizan.store;

/**
 * A finding as stored: a fact finding ({@code kind = fact}) or a statement finding ({@code kind = statement}).
 * {@code why} says in plain words why its facts were put together.
 */
public record FindingRecord(String id, String kind, String status, String what, String unit, String valuesText,
		Double low, Double high, String dateLow, String dateHigh, Double spread, int sources, int articles,
		String why) {
}
