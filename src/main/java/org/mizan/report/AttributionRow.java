package org.mizan.report;

/** One row of the {@code Attributions} sheet. */
public record AttributionRow(String article, int start, int end, String source, String sourceType, String via,
		String cue, String hedge, String statement, String finding) {
}
