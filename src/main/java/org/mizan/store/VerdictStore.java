package org.mizan.store;

import java.sql.Timestamp;
import java.time.Instant;

import org.mizan.report.Verdict;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reviewer's verdicts, kept by corpus and stable finding id across runs. */
public class VerdictStore {

	private final JdbcTemplate jdbc;

	public VerdictStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void save(String corpus, Verdict v) {
		int updated = jdbc.update("UPDATE MIZAN_VERDICT SET VERDICT = ?, NOTE = ?, VALUES_TEXT = ?, UPDATED = ? "
				+ "WHERE CORPUS = ? AND FINDING_ID = ?", v.verdict(), v.note(), v.values(),
				Timestamp.from(Instant.now()), corpus, v.finding());
		if (updated == 0) {
			jdbc.update("INSERT INTO MIZAN_VERDICT (CORPUS, FINDING_ID, VERDICT, NOTE, VALUES_TEXT, UPDATED) "
					+ "VALUES (?, ?, ?, ?, ?, ?)", corpus, v.finding(), v.verdict(), v.note(), v.values(),
					Timestamp.from(Instant.now()));
		}
	}

}
