package org.mizan.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The run a workbook reports on, for its {@code Summary} sheet.
 *
 * @param reviewWorkbooks the reviewer workbooks the run read verdicts from (or skipped),
 * one line each
 */
public record RunInfo(String corpus, String runKey, long runId, Instant started, Instant finished, double tolerance,
		int articlesRead, int articlesSkipped, long facts, Map<String, Long> findingsByStatus,
		List<String> reviewWorkbooks) {

	public RunInfo(String corpus, String runKey, long runId, Instant started, Instant finished, double tolerance,
			int articlesRead, int articlesSkipped, long facts, Map<String, Long> findingsByStatus) {
		this(corpus, runKey, runId, started, finished, tolerance, articlesRead, articlesSkipped, facts,
				findingsByStatus, List.of());
	}

}
