package org.mizan.report;

/**
 * One row of the {@code Facts} sheet. {@code surfaceStart}/{@code surfaceEnd} locate the
 * surface inside {@code evidence}, for highlighting, from the stored offsets.
 * {@code measure}, {@code subject}, {@code scope}, {@code time} and {@code kind} are the
 * fact's frame, in the words the extractor stored.
 *
 * @param context the earlier sentence that says what the number counts, or null
 */
public record FactRow(String id, String finding, String article, int line, int start, int end, String surface,
		Double value, String date, Double low, Double high, String approx, String unit, String counted, String event,
		String source, String sourceType, String hedge, String evidence, int surfaceStart, int surfaceEnd,
		String context, String measure, String subject, String scope, String time, String kind) {

	/** A row without a frame (a test, a benchmark). */
	public FactRow(String id, String finding, String article, int line, int start, int end, String surface,
			Double value, String date, Double low, Double high, String approx, String unit, String counted,
			String event, String source, String sourceType, String hedge, String evidence, int surfaceStart,
			int surfaceEnd, String context) {
		this(id, finding, article, line, start, end, surface, value, date, low, high, approx, unit, counted, event,
				source, sourceType, hedge, evidence, surfaceStart, surfaceEnd, context, null, null, null, null, null);
	}

}
