package org.mizan.report;

/**
 * One row of the {@code Facts} sheet. {@code surfaceStart}/{@code surfaceEnd} locate the surface inside
 * {@code evidence}, for highlighting, from the stored offsets.
 *
 * @param context the earlier sentence that says what the number counts, or null
 */
public record FactRow(String id, String finding, String article, int line, int start, int end, String surface,
		Double value, String date, Double low, Double high, String approx, String unit, String counted, String event,
		String source, String sourceType, String hedge, String evidence, int surfaceStart, int surfaceEnd,
		String context) {
}
