package org.mizan.report;

import org.mizan.extract.Approx;
import org.mizan.extract.ClaimFrame;
import org.mizan.extract.Hedge;
import org.mizan.extract.SourceType;

/**
 * One row of the {@code Facts} sheet. {@code surfaceStart}/{@code surfaceEnd} locate the
 * surface inside {@code evidence}, for highlighting, from the stored offsets.
 * {@code measure}, {@code subject}, {@code scope}, {@code time} and {@code kind} are the
 * fact's frame, in the words the extractor stored.
 *
 * @param context the earlier sentence that says what the number counts, or null
 */
public record FactRow(String id, String finding, String article, int line, int start, int end, String surface,
		Double value, String date, Double low, Double high, Approx approx, String unit, String counted, String event,
		String source, SourceType sourceType, Hedge hedge, String evidence, int surfaceStart, int surfaceEnd,
		String context, String measure, String subject, String scope, String time, ClaimFrame.Kind kind) {

	/** A row without a frame (a test, a benchmark). */
	public FactRow(String id, String finding, String article, int line, int start, int end, String surface,
			Double value, String date, Double low, Double high, Approx approx, String unit, String counted,
			String event, String source, SourceType sourceType, Hedge hedge, String evidence, int surfaceStart,
			int surfaceEnd, String context) {
		this(id, finding, article, line, start, end, surface, value, date, low, high, approx, unit, counted, event,
				source, sourceType, hedge, evidence, surfaceStart, surfaceEnd, context, null, null, null, null, null);
	}

}
