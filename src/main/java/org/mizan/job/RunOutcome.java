package org.mizan.job;

import java.time.Duration;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;

/** How a run ended, for the operator: one summary line and an exit code. */
public record RunOutcome(long executionId, String corpus, String runKey, BatchStatus status, String failure,
		int articles, int skipped, long facts, Map<String, Long> findings, String reportPath, Duration duration) {

	public static final int DONE = 0;

	public static final int FAILED = 1;

	public static final int DONE_WITH_SKIPS = 3;

	public int exitCode() {
		if (status != BatchStatus.COMPLETED) {
			return FAILED;
		}
		return skipped > 0 ? DONE_WITH_SKIPS : DONE;
	}

	public String summaryLine() {
		StringBuilder s = new StringBuilder();
		s.append(corpus).append(" [").append(runKey).append("] execution ").append(executionId).append(": ");
		s.append(status);
		s.append(" — articles ").append(articles).append(", skipped ").append(skipped);
		s.append(", facts ").append(facts).append(", findings");
		findings.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
		if (reportPath != null) {
			s.append(", report ").append(reportPath);
		}
		s.append(String.format(", %.1f s", duration.toMillis() / 1000.0));
		if (failure != null) {
			s.append(" — ").append(failure);
		}
		return s.toString();
	}

}
