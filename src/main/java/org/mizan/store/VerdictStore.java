package org.mizan.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.mizan.report.Verdict;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reviewer's verdicts, kept by corpus and stable finding id across runs. */
public class VerdictStore {

	private final JdbcTemplate jdbc;

	public VerdictStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves a verdict; {@code true} when it is new or differs from the stored one. */
	public boolean save(String corpus, Verdict v) {
		List<Verdict> stored = jdbc.query("SELECT VERDICT, NOTE, VALUES_TEXT FROM MIZAN_VERDICT WHERE CORPUS = ? "
				+ "AND FINDING_ID = ?", (rs, i) -> new Verdict(v.finding(), rs.getString(1), rs.getString(2),
						rs.getString(3)), corpus, v.finding());
		if (stored.contains(v)) {
			return false;
		}
		if (stored.isEmpty()) {
			jdbc.update("INSERT INTO MIZAN_VERDICT (CORPUS, FINDING_ID, VERDICT, NOTE, VALUES_TEXT, UPDATED) "
					+ "VALUES (?, ?, ?, ?, ?, ?)", corpus, v.finding(), v.verdict(), v.note(), v.values(),
					Timestamp.from(Instant.now()));
		}
		else {
			jdbc.update("UPDATE MIZAN_VERDICT SET VERDICT = ?, NOTE = ?, VALUES_TEXT = ?, UPDATED = ? "
					+ "WHERE CORPUS = ? AND FINDING_ID = ?", v.verdict(), v.note(), v.values(),
					Timestamp.from(Instant.now()), corpus, v.finding());
		}
		return true;
	}

}
