package org.mizan.report;

import java.time.Instant;
import java.util.Map;

/** The run a workbook reports on, for its {@code Summary} sheet. */
public record RunInfo(String corpus, String runKey, long runId, Instant started, Instant finished, double tolerance,
		int articlesRead, int articlesSkipped, long facts, Map<String, Long> findingsByStatus) {
}
