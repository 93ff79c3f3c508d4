package org.mizan.report;

import org.mizan.extract.Hedge;
import org.mizan.extract.SourceType;

/** One row of the {@code Attributions} sheet. */
public record AttributionRow(String article, int start, int end, String source, SourceType sourceType, String via,
		String cue, Hedge hedge, String statement, String finding) {
}
