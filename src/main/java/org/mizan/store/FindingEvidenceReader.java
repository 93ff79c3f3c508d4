package org.mizan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mizan.report.Evidence;
import org.mizan.report.FactRow;
import org.mizan.report.FindingEvidence;
import org.mizan.report.FindingRow;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The findings in their order, each after its facts and with its first facts' or
 * statements' evidence: three cursors in the finding order read side by side (the
 * findings, their facts, their statements), so the facts are read once for both sheets.
 * One join of all three repeated each finding's wide columns on every evidence row (a
 * statement finding of thousands of relays carries 16,000 characters of values), and that
 * result, spilled to disk, cost 30 s at 10,000 articles.
 */
final class FindingEvidenceReader {

	private static final String FACTS = "SELECT x.*, l.FINDING_ID AS FACT_FINDING FROM MIZAN_FACT_FINDING l "
			+ "JOIN MIZAN_FINDING f ON f.RUN_ID = l.RUN_ID AND f.FINDING_ID = l.FINDING_ID "
			+ "JOIN MIZAN_FACT x ON x.FACT_ID = l.FACT_ID WHERE l.RUN_ID = ? ORDER BY %s, x.FILE, x.SEQ";

	private static final String STATEMENTS = "SELECT l.FINDING_ID, s.FILE, s.SOURCE, s.STATEMENT "
			+ "FROM MIZAN_STATEMENT_FINDING l JOIN MIZAN_FINDING f ON f.RUN_ID = l.RUN_ID AND f.FINDING_ID = l.FINDING_ID "
			+ "JOIN MIZAN_ATTRIBUTION s ON s.ATTRIBUTION_ID = l.ATTRIBUTION_ID WHERE l.RUN_ID = ? ORDER BY %s, s.FILE, s.SEQ";

	/**
	 * Facts of no finding, which the Facts sheet lists last; a run's facts all have one
	 * as a rule.
	 */
	private static final String FACTS_OF_NO_FINDING = "SELECT x.*, l.FINDING_ID AS FACT_FINDING FROM MIZAN_FACT x "
			+ "LEFT JOIN MIZAN_FACT_FINDING l ON l.FACT_ID = x.FACT_ID WHERE x.RUN_ID = ? AND NOT EXISTS "
			+ "(SELECT 1 FROM MIZAN_FINDING f WHERE f.RUN_ID = x.RUN_ID AND f.FINDING_ID = l.FINDING_ID) "
			+ "ORDER BY x.FILE, x.SEQ";

	/**
	 * Maps the current row of the findings cursor, whose bounds a fact leaves open as
	 * given.
	 */
	interface FindingMapper {

		FindingRow map(ResultSet rs, boolean openLow, boolean openHigh) throws SQLException;

	}

	/**
	 * Maps the current row of a fact cursor ({@code MIZAN_FACT} with
	 * {@code FACT_FINDING}).
	 */
	interface FactMapper {

		FactRow map(ResultSet rs) throws SQLException;

	}

	private final JdbcTemplate jdbc;

	private final String findingOrder;

	private final Map<String, String> outlets;

	/**
	 * @param findingOrder the ORDER BY of the findings over the alias {@code f}; it must
	 * order them totally, so the three cursors agree
	 * @param outlets the articles' outlets by file
	 */
	FindingEvidenceReader(JdbcTemplate jdbc, String findingOrder, Map<String, String> outlets) {
		this.jdbc = jdbc;
		this.findingOrder = findingOrder;
		this.outlets = outlets;
	}

	/**
	 * @param findings the findings of the run in {@code findingOrder}, their id as
	 * {@code FINDING_ID}, with one parameter for each of {@code findingArgs}
	 * @param factSink each fact of the run: a finding's facts before the finding, the
	 * facts of no finding last
	 */
	void read(long runId, String findings, Object[] findingArgs, FindingMapper findingMapper, FactMapper factMapper,
			int limit, Consumer<FactRow> factSink, Consumer<FindingEvidence> findingSink) {
		long factsRead = this.jdbc.execute((ConnectionCallback<Long>) (con) -> {
			try (PreparedStatement findingQuery = prepare(con, findings, findingArgs);
					PreparedStatement factQuery = prepare(con, FACTS.formatted(this.findingOrder), runId);
					PreparedStatement statementQuery = prepare(con, STATEMENTS.formatted(this.findingOrder), runId);
					ResultSet finding = findingQuery.executeQuery();
					ResultSet fact = factQuery.executeQuery();
					ResultSet statement = statementQuery.executeQuery()) {
				Cursor facts = new Cursor(fact, "FACT_FINDING");
				Cursor statements = new Cursor(statement, "FINDING_ID");
				long count = 0;
				while (finding.next()) {
					String id = finding.getString("FINDING_ID");
					List<Evidence> evidence = new ArrayList<>();
					boolean[] open = new boolean[2];
					int total = 0;
					for (; facts.at(id); facts.advance()) {
						FactRow row = factMapper.map(fact);
						factSink.accept(row);
						count++;
						if (row.date() == null) {
							open[0] |= row.low() == null;
							open[1] |= row.high() == null;
						}
						total++;
						if (evidence.size() < limit) {
							evidence.add(new Evidence(row.article(), this.outlets.get(row.article()), row.source(),
									row.evidence(), row.surfaceStart(), row.surfaceEnd(), row.context()));
						}
					}
					for (; statements.at(id); statements.advance()) {
						total++;
						if (evidence.size() < limit) {
							evidence.add(statementEvidence(statement));
						}
					}
					findingSink.accept(new FindingEvidence(findingMapper.map(finding, open[0], open[1]),
							List.copyOf(evidence), total));
				}
				if (facts.findingId != null || statements.findingId != null) {
					throw new IllegalStateException(
							"evidence of finding " + (facts.findingId != null ? facts.findingId : statements.findingId)
									+ " came out of the finding order");
				}
				return count;
			}
		});
		Long facts = this.jdbc.queryForObject("SELECT COUNT(*) FROM MIZAN_FACT WHERE RUN_ID = ?", Long.class, runId);
		if (facts != null && facts > factsRead) {
			this.jdbc.query(FACTS_OF_NO_FINDING, (ResultSet rs) -> {
				while (rs.next()) {
					factSink.accept(factMapper.map(rs));
				}
				return null;
			}, runId);
		}
	}

	private static PreparedStatement prepare(Connection con, String sql, Object... args) throws SQLException {
		PreparedStatement statement = con.prepareStatement(sql);
		try {
			for (int i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
		}
		catch (SQLException | RuntimeException ex) {
			try {
				statement.close();
			}
			catch (SQLException closing) {
				ex.addSuppressed(closing);
			}
			throw ex;
		}
		return statement;
	}

	private Evidence statementEvidence(ResultSet rs) throws SQLException {
		String file = rs.getString("FILE");
		return new Evidence(file, this.outlets.get(file), rs.getString("SOURCE"), rs.getString("STATEMENT"), 0, 0,
				null);
	}

	/** A cursor over evidence rows in finding order, looking one row ahead. */
	private static final class Cursor {

		private final ResultSet rows;

		private final String findingColumn;

		private String findingId;

		Cursor(ResultSet rows, String findingColumn) throws SQLException {
			this.rows = rows;
			this.findingColumn = findingColumn;
			advance();
		}

		boolean at(String id) {
			return id.equals(this.findingId);
		}

		void advance() throws SQLException {
			this.findingId = this.rows.next() ? this.rows.getString(this.findingColumn) : null;
		}

	}

}
