package org.mizan.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** One row per run (job instance): what was read, when, and where the workbook went. */
public class RunStore {

	private final JdbcTemplate jdbc;

	public RunStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param inputFingerprint what the run read, see {@link RunInputs}; {@code null}
	 * before its align step
	 * @param reportSha256 the SHA-256 of the workbook the run wrote or kept
	 */
	public record Run(long runId, String corpus, String runKey, String corpusPath, double tolerance, Instant started,
			Instant finished, String reportPath, String inputFingerprint, String reportSha256) {
	}

	/** Records the run the first time it starts; a restart keeps the original row. */
	public void begin(long runId, String corpus, String runKey, String corpusPath, double tolerance) {
		Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM MIZAN_RUN WHERE RUN_ID = ?", Integer.class, runId);
		if (n != null && n == 0) {
			jdbc.update(
					"INSERT INTO MIZAN_RUN (RUN_ID, CORPUS, RUN_KEY, CORPUS_PATH, TOLERANCE, STARTED) "
							+ "VALUES (?, ?, ?, ?, ?, ?)",
					runId, corpus, runKey, corpusPath, tolerance, Timestamp.from(Instant.now()));
		}
	}

	public void finish(long runId, String reportPath, String reportSha256) {
		jdbc.update("UPDATE MIZAN_RUN SET FINISHED = ?, REPORT_PATH = ?, REPORT_SHA256 = ? WHERE RUN_ID = ?",
				Timestamp.from(Instant.now()), reportPath, reportSha256, runId);
	}

	public Optional<Run> find(long runId) {
		List<Run> runs = jdbc.query("SELECT * FROM MIZAN_RUN WHERE RUN_ID = ?",
				(rs, i) -> new Run(rs.getLong("RUN_ID"), rs.getString("CORPUS"), rs.getString("RUN_KEY"),
						rs.getString("CORPUS_PATH"), rs.getDouble("TOLERANCE"), rs.getTimestamp("STARTED").toInstant(),
						rs.getTimestamp("FINISHED") == null ? null : rs.getTimestamp("FINISHED").toInstant(),
						rs.getString("REPORT_PATH"), rs.getString("INPUT_FINGERPRINT"), rs.getString("REPORT_SHA256")),
				runId);
		return runs.stream().findFirst();
	}

	/**
	 * The latest finished run of a corpus before this one, for the {@code Changes} sheet.
	 */
	public Optional<Long> previousFinished(String corpus, long runId) {
		List<Long> ids = jdbc.queryForList("SELECT RUN_ID FROM MIZAN_RUN WHERE CORPUS = ? AND RUN_ID < ? "
				+ "AND FINISHED IS NOT NULL ORDER BY RUN_ID DESC", Long.class, corpus, runId);
		return ids.stream().findFirst();
	}

}
