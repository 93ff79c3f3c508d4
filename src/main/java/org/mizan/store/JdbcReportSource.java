package org.mizan.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mizan.report.ArticleRow;
import org.mizan.report.AttributionRow;
import org.mizan.report.ChangeRow;
import org.mizan.report.FactRow;
import org.mizan.report.FindingRow;
import org.mizan.report.MatrixRow;
import org.mizan.report.ReportSource;
import org.mizan.report.RunInfo;
import org.mizan.report.SourceRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** A workbook's rows, streamed from the database for one run. */
public class JdbcReportSource implements ReportSource {

	private static final String STATUS_RANK = "CASE f.STATUS WHEN 'DISAGREE' THEN 0 WHEN 'HEDGE_DRIFT' THEN 1 "
			+ "WHEN 'SINGLE_SOURCE' THEN 2 ELSE 3 END";

	private final JdbcTemplate jdbc;

	private final RunStore.Run run;

	private final Long previousRunId;

	private final List<String> reviewWorkbooks;

	/** The Sources sheet, summed up while the facts and statements stream by: no third pass over the wide rows. */
	private final SourceSummary passing = new SourceSummary();

	private boolean factsPassed;

	private boolean attributionsPassed;

	/** The run whose rows are read: the run itself, or the earlier run it shares them with ({@link RunInputs}). */
	private final long rowsRun;

	/**
	 * @param rowsRun the run whose rows are this run's ({@link RunInputs#rowsOf})
	 * @param previousRunId the rows of the previous run, for the {@code Changes} sheet; null for the first
	 */
	public JdbcReportSource(JdbcTemplate jdbc, RunStore.Run run, long rowsRun, Long previousRunId) {
		this(jdbc, run, rowsRun, previousRunId, List.of());
	}

	/** @param reviewWorkbooks the reviewer workbooks read, one line each, for the {@code Summary} */
	public JdbcReportSource(JdbcTemplate jdbc, RunStore.Run run, long rowsRun, Long previousRunId,
			List<String> reviewWorkbooks) {
		this.reviewWorkbooks = List.copyOf(reviewWorkbooks);
		this.jdbc = jdbc;
		this.run = run;
		this.rowsRun = rowsRun;
		this.previousRunId = previousRunId;
	}

	@Override
	public RunInfo run() {
		long id = rowsRun;
		Map<String, Long> byStatus = new LinkedHashMap<>();
		List.of("DISAGREE", "HEDGE_DRIFT", "SINGLE_SOURCE", "CONSISTENT").forEach(s -> byStatus.put(s, 0L));
		jdbc.query("SELECT STATUS, COUNT(*) FROM MIZAN_FINDING WHERE RUN_ID = ? GROUP BY STATUS",
				(RowCallbackHandler) rs -> byStatus.put(rs.getString(1), rs.getLong(2)), id);
		long[] articles = new long[2];
		jdbc.query("SELECT STATUS, COUNT(*) FROM MIZAN_ARTICLE WHERE RUN_ID = ? GROUP BY STATUS",
				(RowCallbackHandler) rs -> articles["OK".equals(rs.getString(1)) ? 0 : 1] += rs.getLong(2), id);
		long facts = jdbc.query("SELECT SUM(FACTS) FROM MIZAN_ARTICLE WHERE RUN_ID = ?", (rs, i) -> rs.getLong(1), id)
			.get(0);
		return new RunInfo(run.corpus(), run.runKey(), run.runId(), run.started(), run.finished(), run.tolerance(),
				(int) articles[0], (int) articles[1], facts, byStatus, reviewWorkbooks);
	}

	@Override
	public void findings(Consumer<FindingRow> sink) {
		jdbc.query("SELECT f.*, v.VERDICT, v.NOTE, v.VALUES_TEXT AS VERDICT_VALUES FROM MIZAN_FINDING f "
				+ "LEFT JOIN MIZAN_VERDICT v ON v.CORPUS = ? AND v.FINDING_ID = f.FINDING_ID WHERE f.RUN_ID = ? "
				+ "ORDER BY " + STATUS_RANK + ", COALESCE(f.SPREAD, 0) DESC, f.FINDING_ID",
				(RowCallbackHandler) rs -> {
					String verdictValues = rs.getString("VERDICT_VALUES");
					boolean reReview = rs.getString("VERDICT") != null && verdictValues != null
							&& !verdictValues.equals(rs.getString("VALUES_TEXT"));
					sink.accept(new FindingRow(rs.getString("FINDING_ID"), rs.getString("STATUS"),
							rs.getString("WHAT"), rs.getString("UNIT"), rs.getString("VALUES_TEXT"), dbl(rs, "LOW"),
							dbl(rs, "HIGH"), rs.getString("DATE_LOW"), rs.getString("DATE_HIGH"), dbl(rs, "SPREAD"),
							rs.getInt("SOURCES"), rs.getInt("ARTICLES"), rs.getString("VERDICT"), rs.getString("NOTE"),
							reReview));
				}, run.corpus(), rowsRun);
	}

	@Override
	public void facts(Consumer<FactRow> sink) {
		boolean summing = !factsPassed;
		jdbc.query("SELECT f.*, l.FINDING_ID FROM MIZAN_FACT f LEFT JOIN MIZAN_FACT_FINDING l ON l.FACT_ID = f.FACT_ID "
				+ "WHERE f.RUN_ID = ? ORDER BY f.FILE, f.SEQ", (RowCallbackHandler) rs -> {
			if (summing) {
				passing.add(rs, true);
			}
			String evidence = rs.getString("EVIDENCE");
			String surface = rs.getString("SURFACE");
			int at = evidence.indexOf(surface);
			sink.accept(new FactRow("FACT-" + rs.getLong("FACT_ID"), rs.getString("FINDING_ID"), rs.getString("FILE"),
					rs.getInt("LINE"), rs.getInt("START_OFFSET"), rs.getInt("END_OFFSET"), surface,
					dbl(rs, "NUM_VALUE"), rs.getString("DATE_VALUE"), dbl(rs, "LOW"), dbl(rs, "HIGH"),
					rs.getString("APPROX"), rs.getString("UNIT"), rs.getString("COUNTED"), rs.getString("EVENT"),
					rs.getString("SOURCE"), rs.getString("SOURCE_TYPE"), rs.getString("HEDGE"), evidence,
					Math.max(at, 0), at < 0 ? 0 : at + surface.length()));
		}, rowsRun);
		factsPassed = true;
	}

	@Override
	public void attributions(Consumer<AttributionRow> sink) {
		boolean summing = !attributionsPassed;
		jdbc.query("SELECT s.*, l.FINDING_ID FROM MIZAN_ATTRIBUTION s LEFT JOIN MIZAN_STATEMENT_FINDING l "
				+ "ON l.ATTRIBUTION_ID = s.ATTRIBUTION_ID WHERE s.RUN_ID = ? ORDER BY s.FILE, s.SEQ",
				(RowCallbackHandler) rs -> {
					if (summing) {
						passing.add(rs, false);
					}
					sink.accept(new AttributionRow(rs.getString("FILE"), rs.getInt("START_OFFSET"),
							rs.getInt("END_OFFSET"), rs.getString("SOURCE"), rs.getString("SOURCE_TYPE"),
							rs.getString("VIA"), rs.getString("CUE"), rs.getString("HEDGE"), rs.getString("STATEMENT"),
							rs.getString("FINDING_ID")));
				}, rowsRun);
		attributionsPassed = true;
	}

	@Override
	public void sources(Consumer<SourceRow> sink) {
		(factsPassed && attributionsPassed ? passing : SourceSummary.query(jdbc, rowsRun)).rows().forEach(sink);
	}

	@Override
	public void articles(Consumer<ArticleRow> sink) {
		jdbc.query("SELECT * FROM MIZAN_ARTICLE WHERE RUN_ID = ? ORDER BY FILE",
				(RowCallbackHandler) rs -> sink.accept(new ArticleRow(rs.getString("FILE"), rs.getString("TITLE"),
						rs.getString("OUTLET"), rs.getString("SHA256"), rs.getInt("CHARACTERS"), rs.getInt("FACTS"),
						rs.getString("STATUS"), rs.getString("REASON"), rs.getString("COPY_OF"))),
				rowsRun);
	}

	@Override
	public List<String> articleFiles() {
		return jdbc.queryForList("SELECT FILE FROM MIZAN_ARTICLE WHERE RUN_ID = ? AND STATUS = 'OK' ORDER BY FILE",
				String.class, rowsRun);
	}

	@Override
	public void matrix(Consumer<MatrixRow> sink) {
		Map<String, MatrixRow> rows = new LinkedHashMap<>();
		jdbc.query("SELECT f.FINDING_ID, f.STATUS, f.WHAT, x.FILE, x.SURFACE, x.SOURCE FROM MIZAN_FINDING f "
				+ "JOIN MIZAN_FACT_FINDING l ON l.RUN_ID = f.RUN_ID AND l.FINDING_ID = f.FINDING_ID "
				+ "JOIN MIZAN_FACT x ON x.FACT_ID = l.FACT_ID "
				+ "WHERE f.RUN_ID = ? AND f.SOURCES > 1 ORDER BY " + STATUS_RANK
				+ ", COALESCE(f.SPREAD, 0) DESC, f.FINDING_ID, x.FILE, x.SEQ", (RowCallbackHandler) rs -> {
					MatrixRow row = rows.computeIfAbsent(rs.getString("FINDING_ID"), id -> {
						try {
							return new MatrixRow(id, rs.getString("STATUS"), rs.getString("WHAT"),
									new LinkedHashMap<>());
						}
						catch (SQLException ex) {
							throw new IllegalStateException(ex);
						}
					});
					String source = rs.getString("SOURCE");
					String cell = rs.getString("SURFACE") + (source == null ? "" : " — " + source);
					row.cellByArticle().merge(rs.getString("FILE"), cell, (a, b) -> a + "\n" + b);
				}, rowsRun);
		rows.values().forEach(sink);
	}

	/** Compared in the database, so neither run's findings are held in memory. */
	@Override
	public void changes(Consumer<ChangeRow> sink) {
		if (previousRunId == null) {
			return;
		}
		String previous = "SELECT FINDING_ID, WHAT, VALUES_TEXT FROM MIZAN_FINDING WHERE RUN_ID = ?";
		jdbc.query("SELECT n.FINDING_ID, n.WHAT, n.VALUES_TEXT FROM MIZAN_FINDING n WHERE n.RUN_ID = ? AND NOT EXISTS "
				+ "(SELECT 1 FROM MIZAN_FINDING o WHERE o.RUN_ID = ? AND o.FINDING_ID = n.FINDING_ID) ORDER BY n.FINDING_ID",
				(RowCallbackHandler) rs -> sink.accept(new ChangeRow(rs.getString(1), "NEW", rs.getString(2), null,
						rs.getString(3))),
				rowsRun, previousRunId);
		jdbc.query("SELECT n.FINDING_ID, n.WHAT, o.VALUES_TEXT, n.VALUES_TEXT FROM MIZAN_FINDING n JOIN (" + previous
				+ ") o ON o.FINDING_ID = n.FINDING_ID WHERE n.RUN_ID = ? AND (o.VALUES_TEXT <> n.VALUES_TEXT "
				+ "OR (o.VALUES_TEXT IS NULL AND n.VALUES_TEXT IS NOT NULL) OR (o.VALUES_TEXT IS NOT NULL AND "
				+ "n.VALUES_TEXT IS NULL)) ORDER BY n.FINDING_ID",
				(RowCallbackHandler) rs -> sink.accept(new ChangeRow(rs.getString(1), "CHANGED", rs.getString(2),
						rs.getString(3), rs.getString(4))),
				previousRunId, rowsRun);
		jdbc.query("SELECT o.FINDING_ID, o.WHAT, o.VALUES_TEXT FROM MIZAN_FINDING o WHERE o.RUN_ID = ? AND NOT EXISTS "
				+ "(SELECT 1 FROM MIZAN_FINDING n WHERE n.RUN_ID = ? AND n.FINDING_ID = o.FINDING_ID) ORDER BY o.FINDING_ID",
				(RowCallbackHandler) rs -> sink.accept(new ChangeRow(rs.getString(1), "GONE", rs.getString(2),
						rs.getString(3), null)),
				previousRunId, rowsRun);
	}

	private static Double dbl(ResultSet rs, String column) throws SQLException {
		Object o = rs.getObject(column);
		return o == null ? null : ((Number) o).doubleValue();
	}

}
