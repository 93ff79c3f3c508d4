package org.mizan.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The align step's view of the database: facts in, findings out. */
public class FindingStore {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	/** Reads whole runs row by row; a template of its own so the fetch size does not leak into other queries. */
	private final JdbcTemplate streaming;

	/** One commit per batch: outside a transaction each row would be its own commit, each waiting for the disk. */
	private final TransactionTemplate perBatch;

	public FindingStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.perBatch = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(1000);
	}

	/** Forgets the findings of a run, so the align step can be rerun from scratch. */
	public void clear(long runId) {
		// touches rows only when an earlier attempt of the align step got that far
		jdbc.update("UPDATE MIZAN_ARTICLE SET COPY_OF = NULL WHERE RUN_ID = ? AND COPY_OF IS NOT NULL", runId);
		jdbc.update("DELETE FROM MIZAN_FACT_FINDING WHERE RUN_ID = ?", runId);
		jdbc.update("DELETE FROM MIZAN_STATEMENT_FINDING WHERE RUN_ID = ?", runId);
		jdbc.update("DELETE FROM MIZAN_FINDING WHERE RUN_ID = ?", runId);
	}

	/** Streams the run's facts ordered by unit class and event class, so callers can align one block at a time. */
	public void facts(long runId, Consumer<StoredFact> sink) {
		streaming.query("SELECT f.*, a.COPY_OF FROM MIZAN_FACT f JOIN MIZAN_ARTICLE a ON a.RUN_ID = f.RUN_ID "
				+ "AND a.FILE = f.FILE WHERE f.RUN_ID = ? ORDER BY f.UNIT_CLASS, f.EVENT_CLASS, f.FILE, f.SEQ",
				(RowCallbackHandler) rs -> sink.accept(new StoredFact(rs.getLong("FACT_ID"), rs.getString("FILE"),
						rs.getString("COPY_OF"), rs.getInt("START_OFFSET"), rs.getString("SURFACE"),
						(Double) rs.getObject("NUM_VALUE"), rs.getString("DATE_VALUE"), (Double) rs.getObject("LOW"),
						(Double) rs.getObject("HIGH"), rs.getString("APPROX"), rs.getString("UNIT"),
						rs.getString("UNIT_CLASS"), rs.getString("COUNTED"), rs.getString("EVENT"),
						rs.getString("EVENT_CLASS"), words(rs.getString("PARTICIPANTS")), rs.getString("SOURCE"),
						rs.getString("SOURCE_KEY"), rs.getString("SOURCE_TYPE"), ViaChain.split(rs.getString("VIA")),
						rs.getString("HEDGE"))),
				runId);
	}

	public void statements(long runId, Consumer<StoredStatement> sink) {
		jdbc.query("SELECT s.*, a.COPY_OF FROM MIZAN_ATTRIBUTION s JOIN MIZAN_ARTICLE a ON a.RUN_ID = s.RUN_ID "
				+ "AND a.FILE = s.FILE WHERE s.RUN_ID = ? ORDER BY s.FILE, s.SEQ",
				(RowCallbackHandler) rs -> sink.accept(new StoredStatement(rs.getLong("ATTRIBUTION_ID"),
						rs.getString("FILE"), rs.getString("COPY_OF"), rs.getInt("START_OFFSET"), rs.getString("SOURCE"),
						rs.getString("SOURCE_KEY"), rs.getString("SOURCE_TYPE"), ViaChain.split(rs.getString("VIA")), rs.getString("HEDGE"),
						rs.getString("STATEMENT"), rs.getString("STATEMENT_KEY"))),
				runId);
	}

	/** A finding with the ids of the facts (or statements) it groups. */
	public record Grouped(FindingRecord finding, Collection<Long> memberIds) {
	}

	/** Saves fact findings in two batches: the findings, then which facts each groups. */
	public void saveFactFindings(long runId, List<Grouped> findings) {
		insert(runId, findings);
		link("MIZAN_FACT_FINDING", "FACT_ID", runId, findings);
	}

	public void saveStatementFindings(long runId, List<Grouped> findings) {
		insert(runId, findings);
		link("MIZAN_STATEMENT_FINDING", "ATTRIBUTION_ID", runId, findings);
	}

	/**
	 * Gives a run the findings of an earlier run that read exactly the same articles (see {@link RunInputs}): the
	 * findings, which fact and statement each groups (matched by article and position, since row ids differ), and
	 * the syndicated copies. In slices of articles and findings, each committed on its own, like every other write
	 * of this step.
	 */
	public void copyAlignment(long fromRun, long toRun) {
		for (Slice slice : slices("SELECT FINDING_ID FROM MIZAN_FINDING WHERE RUN_ID = ? ORDER BY FINDING_ID",
				fromRun)) {
			perBatch.executeWithoutResult(status -> jdbc.update("INSERT INTO MIZAN_FINDING (RUN_ID, FINDING_ID, KIND, "
					+ "STATUS, WHAT, UNIT, VALUES_TEXT, LOW, HIGH, DATE_LOW, DATE_HIGH, SPREAD, SOURCES, ARTICLES) "
					+ "SELECT ?, FINDING_ID, KIND, STATUS, WHAT, UNIT, VALUES_TEXT, LOW, HIGH, DATE_LOW, DATE_HIGH, "
					+ "SPREAD, SOURCES, ARTICLES FROM MIZAN_FINDING WHERE RUN_ID = ?" + slice.where("FINDING_ID"),
					slice.args(toRun, fromRun)));
		}
		for (Slice slice : slices("SELECT FILE FROM MIZAN_ARTICLE WHERE RUN_ID = ? ORDER BY FILE", toRun)) {
			perBatch.executeWithoutResult(status -> {
				jdbc.update("INSERT INTO MIZAN_FACT_FINDING (FACT_ID, RUN_ID, FINDING_ID) SELECT n.FACT_ID, ?, "
						+ "l.FINDING_ID FROM MIZAN_FACT o JOIN MIZAN_FACT_FINDING l ON l.FACT_ID = o.FACT_ID "
						+ "JOIN MIZAN_FACT n ON n.RUN_ID = ? AND n.FILE = o.FILE AND n.SEQ = o.SEQ "
						+ "WHERE o.RUN_ID = ?" + slice.where("o.FILE"), slice.args(toRun, toRun, fromRun));
				jdbc.update("INSERT INTO MIZAN_STATEMENT_FINDING (ATTRIBUTION_ID, RUN_ID, FINDING_ID) SELECT "
						+ "n.ATTRIBUTION_ID, ?, l.FINDING_ID FROM MIZAN_ATTRIBUTION o JOIN MIZAN_STATEMENT_FINDING l "
						+ "ON l.ATTRIBUTION_ID = o.ATTRIBUTION_ID JOIN MIZAN_ATTRIBUTION n ON n.RUN_ID = ? "
						+ "AND n.FILE = o.FILE AND n.SEQ = o.SEQ WHERE o.RUN_ID = ?" + slice.where("o.FILE"),
						slice.args(toRun, toRun, fromRun));
				jdbc.update("UPDATE MIZAN_ARTICLE n SET COPY_OF = (SELECT o.COPY_OF FROM MIZAN_ARTICLE o "
						+ "WHERE o.RUN_ID = ? AND o.FILE = n.FILE) WHERE EXISTS (SELECT 1 FROM MIZAN_ARTICLE o "
						+ "WHERE o.RUN_ID = ? AND o.FILE = n.FILE AND o.COPY_OF IS NOT NULL) AND n.RUN_ID = ?"
						+ slice.where("n.FILE"), slice.args(fromRun, fromRun, toRun));
			});
		}
	}

	/** A key range {@code [low, high)} of a sorted column; the last one has no upper bound. */
	private record Slice(String low, String high) {

		String where(String column) {
			return " AND " + column + " >= ?" + (high == null ? "" : " AND " + column + " < ?");
		}

		Object[] args(Object... leading) {
			List<Object> args = new ArrayList<>(Arrays.asList(leading));
			args.add(low);
			if (high != null) {
				args.add(high);
			}
			return args.toArray();
		}

	}

	/** Slices of {@code BATCH} values each, covering every value of a sorted single-column query. */
	private List<Slice> slices(String sortedQuery, long runId) {
		List<String> lows = new ArrayList<>();
		int[] n = { 0 };
		streaming.query(sortedQuery, (RowCallbackHandler) rs -> {
			if (n[0]++ % BATCH == 0) {
				lows.add(rs.getString(1));
			}
		}, runId);
		List<Slice> slices = new ArrayList<>(lows.size());
		for (int i = 0; i < lows.size(); i++) {
			slices.add(new Slice(lows.get(i), i + 1 < lows.size() ? lows.get(i + 1) : null));
		}
		return slices;
	}

	/** The run's readable articles in name order, with their near-duplicate signatures. */
	public void signatures(long runId, java.util.function.BiConsumer<String, String> sink) {
		jdbc.query("SELECT FILE, SIGNATURE FROM MIZAN_ARTICLE WHERE RUN_ID = ? AND STATUS = 'OK' ORDER BY FILE",
				(RowCallbackHandler) rs -> sink.accept(rs.getString(1), rs.getString(2)), runId);
	}

	public void markCopy(long runId, String file, String original) {
		jdbc.update("UPDATE MIZAN_ARTICLE SET COPY_OF = ? WHERE RUN_ID = ? AND FILE = ?", original, runId, file);
	}

	private void insert(long runId, List<Grouped> findings) {
		List<Object[]> rows = new ArrayList<>(findings.size());
		for (Grouped g : findings) {
			FindingRecord f = g.finding();
			rows.add(new Object[] { runId, f.id(), f.kind(), f.status(), ExtractionStore.clip(f.what(), 4000), f.unit(),
					ExtractionStore.clip(f.valuesText(), 16000), f.low(), f.high(), f.dateLow(), f.dateHigh(),
					f.spread(), f.sources(), f.articles() });
		}
		batches("INSERT INTO MIZAN_FINDING (RUN_ID, FINDING_ID, KIND, STATUS, WHAT, UNIT, VALUES_TEXT, LOW, HIGH, "
				+ "DATE_LOW, DATE_HIGH, SPREAD, SOURCES, ARTICLES) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	private void link(String table, String memberColumn, long runId, List<Grouped> findings) {
		List<Object[]> links = new ArrayList<>();
		for (Grouped g : findings) {
			for (Long id : g.memberIds()) {
				links.add(new Object[] { id, runId, g.finding().id() });
			}
		}
		batches("INSERT INTO " + table + " (" + memberColumn + ", RUN_ID, FINDING_ID) VALUES (?, ?, ?)", links);
	}

	/** Small batches: each commits on its own, so no transaction holds a whole run's rows. */
	private void batches(String sql, List<Object[]> args) {
		for (int from = 0; from < args.size(); from += BATCH) {
			List<Object[]> batch = args.subList(from, Math.min(args.size(), from + BATCH));
			perBatch.executeWithoutResult(status -> jdbc.batchUpdate(sql, batch));
		}
	}

	private static List<String> words(String s) {
		return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(" "));
	}

}
