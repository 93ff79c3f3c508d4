package org.mizan.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mizan.report.ArticleRow;
import org.mizan.report.AttributionRow;
import org.mizan.report.ChangeRow;
import org.mizan.report.DateWriting;
import org.mizan.report.FactRow;
import org.mizan.report.FindingEvidence;
import org.mizan.report.FindingRow;
import org.mizan.report.MatrixRow;
import org.mizan.report.ReportSource;
import org.mizan.report.RunInfo;
import org.mizan.report.ShownValues;
import org.mizan.report.SourceRow;
import org.mizan.report.StatedValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/** A workbook's rows, streamed from the database for one run. */
public class JdbcReportSource implements ReportSource {

	private static final String STATUS_RANK = "CASE f.STATUS WHEN 'DISAGREE' THEN 0 WHEN 'HEDGE_DRIFT' THEN 1 "
			+ "WHEN 'UPDATED' THEN 2 WHEN 'SINGLE_SOURCE' THEN 3 ELSE 4 END";

	/** The order of the Findings sheet, over the findings aliased {@code f}. */
	private static final String FINDING_ORDER = STATUS_RANK + ", COALESCE(f.SPREAD, 0) DESC, f.FINDING_ID";

	/**
	 * Whether one of the finding's facts leaves a bound open, as {@code OPEN_LOW} and
	 * {@code OPEN_HIGH}.
	 */
	private static final String OPEN_BOUNDS;

	static {
		String open = "CASE WHEN EXISTS (SELECT 1 FROM MIZAN_FACT_FINDING l JOIN MIZAN_FACT x ON x.FACT_ID = l.FACT_ID "
				+ "WHERE l.RUN_ID = f.RUN_ID AND l.FINDING_ID = f.FINDING_ID AND x.DATE_VALUE IS NULL AND x.%s IS NULL) "
				+ "THEN 1 ELSE 0 END AS OPEN_%s";
		OPEN_BOUNDS = open.formatted("LOW", "LOW") + ", " + open.formatted("HIGH", "HIGH");
	}

	/** A finding with the reviewer's verdict, for {@link #findingRow}. */
	private static final String FINDING_BASE_COLUMNS = "f.*, v.VERDICT, v.NOTE, v.VALUES_TEXT AS VERDICT_VALUES";

	private static final String FINDING_COLUMNS = FINDING_BASE_COLUMNS + ", " + OPEN_BOUNDS;

	private static final String FINDING_TABLES = " FROM MIZAN_FINDING f LEFT JOIN MIZAN_VERDICT v ON v.CORPUS = ? "
			+ "AND v.FINDING_ID = f.FINDING_ID";

	/** The {@code Articles} sheet's columns are {@code MIZAN_ARTICLE}'s, by name. */
	private static final RecordColumns<ArticleRow> ARTICLE_ROWS = new RecordColumns<>(ArticleRow.class);

	private final JdbcTemplate jdbc;

	private final RunStore.Run run;

	private final Long previousRunId;

	private final List<String> reviewWorkbooks;

	/**
	 * The Sources sheet, summed up while the facts and statements stream by: no third
	 * pass over the wide rows.
	 */
	private final SourceSummary passing = new SourceSummary();

	private DateWriting dates;

	private boolean factsPassed;

	private boolean attributionsPassed;

	/**
	 * The run whose rows are read: the run itself, or the earlier run it shares them with
	 * ({@link RunInputs}).
	 */
	private final long rowsRun;

	/**
	 * @param rowsRun the run whose rows are this run's ({@link RunInputs#rowsOf})
	 * @param previousRunId the rows of the previous run, for the {@code Changes} sheet;
	 * null for the first
	 */
	public JdbcReportSource(JdbcTemplate jdbc, RunStore.Run run, long rowsRun, Long previousRunId) {
		this(jdbc, run, rowsRun, previousRunId, List.of());
	}

	/**
	 * @param reviewWorkbooks the reviewer workbooks read, one line each, for the
	 * {@code Summary}
	 */
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

	/** The month tradition of the run's date facts, read once. */
	@Override
	public DateWriting dates() {
		if (dates == null) {
			List<String> surfaces = new ArrayList<>();
			jdbc.query("SELECT SURFACE FROM MIZAN_FACT WHERE RUN_ID = ? AND DATE_VALUE IS NOT NULL",
					(RowCallbackHandler) rs -> surfaces.add(rs.getString(1)), rowsRun);
			dates = DateWriting.of(surfaces);
		}
		return dates;
	}

	/**
	 * A bound that one of the finding's facts leaves open ({@code أكثر من 4}: no upper
	 * bound) is empty here as it is in {@code Facts}, and so is the spread.
	 */
	@Override
	public void findings(Consumer<FindingRow> sink) {
		DateWriting writing = dates();
		RowMapper<FindingRecord> byName = FindingRecord.COLUMNS.mapper();
		jdbc.query("SELECT " + FINDING_COLUMNS + FINDING_TABLES + " WHERE f.RUN_ID = ? ORDER BY " + FINDING_ORDER,
				(RowCallbackHandler) rs -> sink.accept(findingRow(rs, writing, byName)), run.corpus(), rowsRun);
	}

	@Override
	public void findingIds(Consumer<String> sink) {
		jdbc.query("SELECT f.FINDING_ID FROM MIZAN_FINDING f WHERE f.RUN_ID = ? ORDER BY " + FINDING_ORDER,
				(RowCallbackHandler) rs -> sink.accept(rs.getString(1)), rowsRun);
	}

	/**
	 * Which bounds a fact leaves open is asked of these few findings only: asked of all,
	 * it read every fact.
	 */
	@Override
	public List<FindingRow> topDisagreements(int count) {
		DateWriting writing = dates();
		RowMapper<FindingRecord> byName = FindingRecord.COLUMNS.mapper();
		return jdbc.query(
				"SELECT " + FINDING_COLUMNS + FINDING_TABLES + " WHERE f.RUN_ID = ? AND f.STATUS = 'DISAGREE' "
						+ "ORDER BY " + FINDING_ORDER + " FETCH FIRST " + count + " ROWS ONLY",
				(rs, i) -> findingRow(rs, writing, byName), run.corpus(), rowsRun);
	}

	/**
	 * Each finding's rows follow one another, so no finding's evidence waits in memory
	 * for another's.
	 */
	@Override
	public void findingsWithEvidence(int limit, Consumer<FindingEvidence> sink) {
		factsAndFindings(limit, (fact) -> {
		}, sink);
	}

	/**
	 * One read of the facts for both sheets; the Sources sheet is summed up from the same
	 * rows.
	 */
	@Override
	public void factsAndFindings(int limit, Consumer<FactRow> factSink, Consumer<FindingEvidence> findingSink) {
		DateWriting writing = dates();
		boolean summing = !factsPassed;
		RowMapper<FactRecord> facts = FactRecord.COLUMNS.mapper();
		RowMapper<FindingRecord> findings = FindingRecord.COLUMNS.mapper();
		new FindingEvidenceReader(jdbc, FINDING_ORDER, articleOutlets()).read(rowsRun,
				"SELECT " + FINDING_BASE_COLUMNS + FINDING_TABLES + " WHERE f.RUN_ID = ? ORDER BY " + FINDING_ORDER,
				new Object[] { run.corpus(), rowsRun },
				(rs, openLow, openHigh) -> findingRow(rs, writing, openLow, openHigh, findings), (rs) -> {
					if (summing) {
						passing.add(rs, true);
					}
					return factRow(rs, facts);
				}, limit, factSink, findingSink);
		factsPassed = true;
	}

	/**
	 * Where the fact {@code [start, end)} of the file is in its sentence: from the stored
	 * offsets, or (rows stored before the sentence's start was) the surface's first place
	 * in the sentence.
	 */
	static int[] mark(String sentence, String surface, int start, int end, Integer sentenceStart) {
		if (sentence == null || surface == null) {
			return new int[] { 0, 0 };
		}
		if (sentenceStart != null && start >= sentenceStart && end - sentenceStart <= sentence.length()) {
			return new int[] { start - sentenceStart, end - sentenceStart };
		}
		int at = sentence.indexOf(surface);
		return at < 0 ? new int[] { 0, 0 } : new int[] { at, at + surface.length() };
	}

	private FindingRow findingRow(ResultSet rs, DateWriting writing, RowMapper<FindingRecord> findings)
			throws SQLException {
		return findingRow(rs, writing, rs.getInt("OPEN_LOW") == 1, rs.getInt("OPEN_HIGH") == 1, findings);
	}

	/**
	 * A finding row of MIZAN_FINDING (every column, by name: {@link FindingRecord}) with
	 * its verdict; {@code findings} maps the rows of one query.
	 */
	private FindingRow findingRow(ResultSet rs, DateWriting writing, boolean openLow, boolean openHigh,
			RowMapper<FindingRecord> findings) throws SQLException {
		FindingRecord f = findings.mapRow(rs, 0);
		String verdictValues = rs.getString("VERDICT_VALUES");
		String verdict = rs.getString("VERDICT");
		boolean reReview = verdict != null && verdictValues != null
				&& !ShownValues.same(verdictValues, f.valuesText(), writing);
		return new FindingRow(f.findingId(), f.status(), f.what(), f.unit(), f.valuesText(), openLow ? null : f.low(),
				openHigh ? null : f.high(), f.dateLow(), f.dateHigh(), openLow || openHigh ? null : f.spread(),
				f.sources(), f.articles(), verdict, rs.getString("NOTE"), reReview, f.why());
	}

	@Override
	public void facts(Consumer<FactRow> sink) {
		boolean summing = !factsPassed;
		RowMapper<FactRecord> facts = FactRecord.COLUMNS.mapper();
		// x is the fact, f its finding (the alias the finding order is written for)
		jdbc.query("SELECT x.*, l.FINDING_ID AS FACT_FINDING FROM MIZAN_FACT x LEFT JOIN MIZAN_FACT_FINDING l "
				+ "ON l.FACT_ID = x.FACT_ID LEFT JOIN MIZAN_FINDING f ON f.RUN_ID = x.RUN_ID AND f.FINDING_ID = l.FINDING_ID "
				+ "WHERE x.RUN_ID = ? ORDER BY CASE WHEN f.FINDING_ID IS NULL THEN 1 ELSE 0 END, " + FINDING_ORDER
				+ ", x.FILE, x.SEQ", (RowCallbackHandler) rs -> {
					if (summing) {
						passing.add(rs, true);
					}
					sink.accept(factRow(rs, facts));
				}, rowsRun);
		factsPassed = true;
	}

	/**
	 * A fact row of MIZAN_FACT (every column, by name: {@link FactRecord}) with its id
	 * and its finding as {@code FACT_FINDING}.
	 */
	private static FactRow factRow(ResultSet rs, RowMapper<FactRecord> facts) throws SQLException {
		FactRecord f = facts.mapRow(rs, 0);
		int[] mark = mark(f.evidence(), f.surface(), f.startOffset(), f.endOffset(), f.evidenceStart());
		return new FactRow("FACT-" + rs.getLong("FACT_ID"), rs.getString("FACT_FINDING"), f.file(), f.line(),
				f.startOffset(), f.endOffset(), f.surface(), f.numValue(), f.dateValue(), f.low(), f.high(), f.approx(),
				f.unit(), f.counted(), f.event(), f.source(), f.sourceType(), f.hedge(), f.evidence(), mark[0], mark[1],
				f.context(), f.measureLabel(), f.subject(), f.scope(), f.timeRef(), f.kind());
	}

	@Override
	public List<StatedValue> statedValues(String findingId) {
		RowMapper<FactRecord> byName = FactRecord.COLUMNS.mapper();
		List<FactRow> facts = jdbc.query("SELECT x.*, l.FINDING_ID AS FACT_FINDING FROM MIZAN_FACT_FINDING l "
				+ "JOIN MIZAN_FACT x ON x.FACT_ID = l.FACT_ID WHERE l.RUN_ID = ? AND l.FINDING_ID = ? ORDER BY x.FILE, x.SEQ",
				(rs, i) -> factRow(rs, byName), rowsRun, findingId);
		return StatedValue.of(findingId, facts);
	}

	@Override
	public void attributions(Consumer<AttributionRow> sink) {
		boolean summing = !attributionsPassed;
		RowMapper<AttributionRecord> byName = AttributionRecord.COLUMNS.mapper();
		jdbc.query(
				"SELECT s.*, l.FINDING_ID FROM MIZAN_ATTRIBUTION s LEFT JOIN MIZAN_STATEMENT_FINDING l "
						+ "ON l.ATTRIBUTION_ID = s.ATTRIBUTION_ID WHERE s.RUN_ID = ? ORDER BY s.FILE, s.SEQ",
				(RowCallbackHandler) rs -> {
					if (summing) {
						passing.add(rs, false);
					}
					AttributionRecord a = byName.mapRow(rs, 0);
					sink.accept(new AttributionRow(a.file(), a.startOffset(), a.endOffset(), a.source(), a.sourceType(),
							a.via(), a.cue(), a.hedge(), a.statement(), rs.getString("FINDING_ID")));
				}, rowsRun);
		attributionsPassed = true;
	}

	@Override
	public void sources(Consumer<SourceRow> sink) {
		(factsPassed && attributionsPassed ? passing : SourceSummary.query(jdbc, rowsRun)).rows().forEach(sink);
	}

	@Override
	public void articles(Consumer<ArticleRow> sink) {
		RowMapper<ArticleRow> byName = ARTICLE_ROWS.mapper();
		jdbc.query("SELECT " + ARTICLE_ROWS.list() + " FROM MIZAN_ARTICLE WHERE RUN_ID = ? ORDER BY FILE",
				(RowCallbackHandler) rs -> sink.accept(byName.mapRow(rs, 0)), rowsRun);
	}

	@Override
	public List<String> articleFiles() {
		return jdbc.queryForList("SELECT FILE FROM MIZAN_ARTICLE WHERE RUN_ID = ? AND STATUS = 'OK' ORDER BY FILE",
				String.class, rowsRun);
	}

	@Override
	public boolean firstRun() {
		return previousRunId == null;
	}

	@Override
	public Map<String, String> articleOutlets() {
		Map<String, String> outlets = new LinkedHashMap<>();
		jdbc.query("SELECT FILE, OUTLET FROM MIZAN_ARTICLE WHERE RUN_ID = ? AND OUTLET IS NOT NULL",
				(RowCallbackHandler) rs -> outlets.put(rs.getString(1), rs.getString(2)), rowsRun);
		return outlets;
	}

	@Override
	public void matrix(Consumer<MatrixRow> sink) {
		Map<String, MatrixRow> rows = new LinkedHashMap<>();
		jdbc.query(
				"SELECT f.FINDING_ID, f.STATUS, f.WHAT, x.FILE, x.SURFACE, x.SOURCE FROM MIZAN_FINDING f "
						+ "JOIN MIZAN_FACT_FINDING l ON l.RUN_ID = f.RUN_ID AND l.FINDING_ID = f.FINDING_ID "
						+ "JOIN MIZAN_FACT x ON x.FACT_ID = l.FACT_ID "
						+ "WHERE f.RUN_ID = ? AND f.SOURCES > 1 ORDER BY " + FINDING_ORDER + ", x.FILE, x.SEQ",
				(RowCallbackHandler) rs -> {
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
				(RowCallbackHandler) rs -> sink
					.accept(new ChangeRow(rs.getString(1), "NEW", rs.getString(2), null, rs.getString(3))),
				rowsRun, previousRunId);
		jdbc.query(
				"SELECT n.FINDING_ID, n.WHAT, o.VALUES_TEXT, n.VALUES_TEXT FROM MIZAN_FINDING n JOIN (" + previous
						+ ") o ON o.FINDING_ID = n.FINDING_ID WHERE n.RUN_ID = ? AND (o.VALUES_TEXT <> n.VALUES_TEXT "
						+ "OR (o.VALUES_TEXT IS NULL AND n.VALUES_TEXT IS NOT NULL) OR (o.VALUES_TEXT IS NOT NULL AND "
						+ "n.VALUES_TEXT IS NULL)) ORDER BY n.FINDING_ID",
				(RowCallbackHandler) rs -> sink.accept(
						new ChangeRow(rs.getString(1), "CHANGED", rs.getString(2), rs.getString(3), rs.getString(4))),
				previousRunId, rowsRun);
		jdbc.query("SELECT o.FINDING_ID, o.WHAT, o.VALUES_TEXT FROM MIZAN_FINDING o WHERE o.RUN_ID = ? AND NOT EXISTS "
				+ "(SELECT 1 FROM MIZAN_FINDING n WHERE n.RUN_ID = ? AND n.FINDING_ID = o.FINDING_ID) ORDER BY o.FINDING_ID",
				(RowCallbackHandler) rs -> sink
					.accept(new ChangeRow(rs.getString(1), "GONE", rs.getString(2), rs.getString(3), null)),
				previousRunId, rowsRun);
	}

}
