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
import org.mizan.report.FindingEvidence;
import org.mizan.report.FindingRow;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each finding with its first facts' or statements' evidence, from three cursors in the finding order read side by
 * side: the findings, their facts and their statements. One join of all three repeated each finding's wide columns
 * on every evidence row (a statement finding of thousands of relays carries 16,000 characters of values), and that
 * result, spilled to disk, cost 30 s at 10,000 articles.
 */
final class FindingEvidenceReader {

	private static final String FACTS = "SELECT l.FINDING_ID, x.FILE, x.SOURCE, x.EVIDENCE, x.START_OFFSET, x.END_OFFSET, "
			+ "x.EVIDENCE_START, x.SURFACE, x.CONTEXT, x.DATE_VALUE, x.LOW, x.HIGH FROM MIZAN_FACT_FINDING l "
			+ "JOIN MIZAN_FINDING f ON f.RUN_ID = l.RUN_ID AND f.FINDING_ID = l.FINDING_ID "
			+ "JOIN MIZAN_FACT x ON x.FACT_ID = l.FACT_ID WHERE l.RUN_ID = ? ORDER BY %s, x.FILE, x.SEQ";

	private static final String STATEMENTS = "SELECT l.FINDING_ID, s.FILE, s.SOURCE, s.STATEMENT "
			+ "FROM MIZAN_STATEMENT_FINDING l JOIN MIZAN_FINDING f ON f.RUN_ID = l.RUN_ID AND f.FINDING_ID = l.FINDING_ID "
			+ "JOIN MIZAN_ATTRIBUTION s ON s.ATTRIBUTION_ID = l.ATTRIBUTION_ID WHERE l.RUN_ID = ? ORDER BY %s, s.FILE, s.SEQ";

	/** Maps the current row of the findings cursor, whose bounds a fact leaves open as given. */
	interface FindingMapper {

		FindingRow map(ResultSet rs, boolean openLow, boolean openHigh) throws SQLException;

	}

	private final JdbcTemplate jdbc;

	private final String findingOrder;

	private final Map<String, String> outlets;

	/**
	 * @param findingOrder the ORDER BY of the findings over the alias {@code f}; it must order them totally, so the
	 * three cursors agree
	 * @param outlets the articles' outlets by file
	 */
	FindingEvidenceReader(JdbcTemplate jdbc, String findingOrder, Map<String, String> outlets) {
		this.jdbc = jdbc;
		this.findingOrder = findingOrder;
		this.outlets = outlets;
	}

	/**
	 * @param findings the findings of the run in {@code findingOrder}, their id as {@code FINDING_ID}, with one
	 * parameter for each of {@code findingArgs}
	 */
	void read(long runId, String findings, Object[] findingArgs, FindingMapper mapper, int limit,
			Consumer<FindingEvidence> sink) {
		this.jdbc.execute((ConnectionCallback<Void>) (con) -> {
			try (PreparedStatement findingQuery = prepare(con, findings, findingArgs);
					PreparedStatement factQuery = prepare(con, FACTS.formatted(this.findingOrder), runId);
					PreparedStatement statementQuery = prepare(con, STATEMENTS.formatted(this.findingOrder), runId);
					ResultSet finding = findingQuery.executeQuery();
					ResultSet fact = factQuery.executeQuery();
					ResultSet statement = statementQuery.executeQuery()) {
				Cursor facts = new Cursor(fact);
				Cursor statements = new Cursor(statement);
				while (finding.next()) {
					String id = finding.getString("FINDING_ID");
					List<Evidence> evidence = new ArrayList<>();
					boolean[] open = new boolean[2];
					int total = 0;
					for (; facts.at(id); facts.advance()) {
						if (fact.getString("DATE_VALUE") == null) {
							open[0] |= fact.getObject("LOW") == null;
							open[1] |= fact.getObject("HIGH") == null;
						}
						total++;
						if (evidence.size() < limit) {
							evidence.add(factEvidence(fact));
						}
					}
					for (; statements.at(id); statements.advance()) {
						total++;
						if (evidence.size() < limit) {
							evidence.add(statementEvidence(statement));
						}
					}
					sink.accept(new FindingEvidence(mapper.map(finding, open[0], open[1]), List.copyOf(evidence),
							total));
				}
				if (facts.findingId != null || statements.findingId != null) {
					throw new IllegalStateException("evidence of finding " + (facts.findingId != null
							? facts.findingId : statements.findingId) + " came out of the finding order");
				}
			}
			return null;
		});
	}

	private static PreparedStatement prepare(Connection con, String sql, Object... args) throws SQLException {
		PreparedStatement statement = con.prepareStatement(sql);
		for (int i = 0; i < args.length; i++) {
			statement.setObject(i + 1, args[i]);
		}
		return statement;
	}

	private Evidence factEvidence(ResultSet rs) throws SQLException {
		String sentence = rs.getString("EVIDENCE");
		int[] mark = JdbcReportSource.mark(sentence, rs.getString("SURFACE"), rs.getInt("START_OFFSET"),
				rs.getInt("END_OFFSET"), (Integer) rs.getObject("EVIDENCE_START"));
		String file = rs.getString("FILE");
		return new Evidence(file, this.outlets.get(file), rs.getString("SOURCE"), sentence, mark[0], mark[1],
				rs.getString("CONTEXT"));
	}

	private Evidence statementEvidence(ResultSet rs) throws SQLException {
		String file = rs.getString("FILE");
		return new Evidence(file, this.outlets.get(file), rs.getString("SOURCE"), rs.getString("STATEMENT"), 0, 0,
				null);
	}

	/** A cursor over evidence rows in finding order, looking one row ahead. */
	private static final class Cursor {

		private final ResultSet rows;

		private String findingId;

		Cursor(ResultSet rows) throws SQLException {
			this.rows = rows;
			advance();
		}

		boolean at(String id) {
			return id.equals(this.findingId);
		}

		void advance() throws SQLException {
			this.findingId = this.rows.next() ? this.rows.getString("FINDING_ID") : null;
		}

	}

}
