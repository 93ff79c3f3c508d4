package org.mizan.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.mizan.report.Verdict;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reviewer's verdicts, kept by corpus and stable finding id across runs, each with
 * the time the workbook it came from was saved ({@code UPDATED}). The rule: for each
 * finding the most recently saved workbook wins, and a row whose Verdict and Note were
 * cleared in it withdraws the verdict. Cleared means the workbook was written with the
 * verdict in it (it was created after the verdict was saved) and the reviewer emptied the
 * row: an empty row of a workbook made before the verdict existed (another reviewer's
 * copy) withdraws nothing.
 */
public class VerdictStore {

	/** What applying one workbook's row did. */
	public enum Change {

		NONE, SAVED, WITHDRAWN

	}

	private record Stored(Verdict verdict, Instant saved) {
	}

	private final JdbcTemplate jdbc;

	public VerdictStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Saves a verdict as of now; {@code true} when it is new or differs from the stored
	 * one.
	 */
	public boolean save(String corpus, Verdict v) {
		return apply(corpus, v, Instant.now(), null) != Change.NONE;
	}

	/**
	 * Applies a finding's row of a workbook saved at {@code saved}: it replaces (or,
	 * cleared, withdraws) the stored verdict unless that came from a workbook saved
	 * later.
	 * @param created when the workbook was first written, null when unknown (an empty row
	 * then withdraws)
	 */
	public Change apply(String corpus, Verdict v, Instant saved, Instant created) {
		List<Stored> stored = jdbc.query(
				"SELECT VERDICT, NOTE, VALUES_TEXT, UPDATED FROM MIZAN_VERDICT "
						+ "WHERE CORPUS = ? AND FINDING_ID = ?",
				(rs, i) -> new Stored(new Verdict(v.finding(), nullToEmpty(rs.getString(1)),
						nullToEmpty(rs.getString(2)), rs.getString(3)), rs.getTimestamp(4).toInstant()),
				corpus, v.finding());
		boolean cleared = v.verdict().isEmpty() && v.note().isEmpty();
		if (stored.isEmpty()) {
			if (cleared) {
				return Change.NONE;
			}
			jdbc.update(
					"INSERT INTO MIZAN_VERDICT (CORPUS, FINDING_ID, VERDICT, NOTE, VALUES_TEXT, UPDATED) "
							+ "VALUES (?, ?, ?, ?, ?, ?)",
					corpus, v.finding(), v.verdict(), v.note(), v.values(), Timestamp.from(saved));
			return Change.SAVED;
		}
		Stored current = stored.get(0);
		if (current.saved().isAfter(saved)) {
			return Change.NONE;
		}
		if (cleared) {
			// created is kept to the second: a verdict saved within that second was in
			// the workbook
			if (created != null && !current.saved().isBefore(created.plusSeconds(1))) {
				return Change.NONE;
			}
			jdbc.update("DELETE FROM MIZAN_VERDICT WHERE CORPUS = ? AND FINDING_ID = ?", corpus, v.finding());
			return Change.WITHDRAWN;
		}
		boolean same = current.verdict().equals(v);
		jdbc.update(
				"UPDATE MIZAN_VERDICT SET VERDICT = ?, NOTE = ?, VALUES_TEXT = ?, UPDATED = ? "
						+ "WHERE CORPUS = ? AND FINDING_ID = ?",
				v.verdict(), v.note(), v.values(), Timestamp.from(saved), corpus, v.finding());
		return same ? Change.NONE : Change.SAVED;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
