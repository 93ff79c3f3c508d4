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

	public static final int NOTHING_READ = 5;

	public int exitCode() {
		if (status != BatchStatus.COMPLETED) {
			return FAILED;
		}
		if (articles == 0) {
			return NOTHING_READ;
		}
		return skipped > 0 ? DONE_WITH_SKIPS : DONE;
	}

	public String summaryLine() {
		StringBuilder s = new StringBuilder();
		s.append(corpus).append(" [").append(runKey).append("] execution ").append(executionId).append(": ");
		s.append(status);
		if (status == BatchStatus.COMPLETED && articles == 0) {
			s.append(skipped == 0 ? " — nothing read: the corpus folder holds no article file"
					: " — nothing read: all " + skipped + " file(s) were skipped (see Articles for why)");
		}
		s.append(" — articles ").append(articles).append(", skipped ").append(skipped);
		s.append(", facts ").append(facts).append(", findings ");
		if (findings.isEmpty()) {
			s.append("none");
		}
		else {
			s.append(String.join(" ", findings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
		}
		if (reportPath != null) {
			s.append(", report ").append(reportPath);
		}
		s.append(String.format(", %.1f s", duration.toMillis() / 1000.0));
		if (failure != null) {
			s.append(" — ").append(failure);
		}
		else if (status == BatchStatus.STOPPED) {
			s.append(" — `mizan restart ").append(executionId).append("` continues it");
		}
		return s.toString();
	}

}
