package org.mizan.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The align step's view of the database: facts in, findings out. */
public class FindingStore {

	private static final int BATCH = 1000;

	private static final int CLEAR_BATCH = 10_000;

	private static final Comparator<Object[]> BY_MEMBER_ID = Comparator.comparingLong(row -> (Long) row[0]);

	private static final RecordColumns<FactRecord> FACTS_TO_ALIGN = FactRecord.COLUMNS.without("EVIDENCE", "CONTEXT");

	private final JdbcTemplate jdbc;

	/**
	 * Reads whole runs row by row; a template of its own so the fetch size does not leak
	 * into other queries.
	 */
	private final JdbcTemplate streaming;

	/**
	 * One commit per batch: outside a transaction each row would be its own commit, each
	 * waiting for the disk.
	 */
	private final TransactionTemplate perBatch;

	public FindingStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.perBatch = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(1000);
	}

	/**
	 * Forgets the findings of a run, so the align step can be rerun from scratch. Rows go
	 * in bounded transactions: one transaction over a large run's links runs out of
	 * memory.
	 */
	public void clear(long runId) {
		// touches rows only when an earlier attempt of the align step got that far
		jdbc.update("UPDATE MIZAN_ARTICLE SET COPY_OF = NULL WHERE RUN_ID = ? AND COPY_OF IS NOT NULL", runId);
		untilNoneLeft("DELETE FROM MIZAN_FACT_FINDING WHERE FACT_ID IN (SELECT FACT_ID FROM MIZAN_FACT_FINDING "
				+ "WHERE RUN_ID = ? FETCH FIRST " + CLEAR_BATCH + " ROWS ONLY)", runId);
		untilNoneLeft("DELETE FROM MIZAN_STATEMENT_FINDING WHERE ATTRIBUTION_ID IN (SELECT ATTRIBUTION_ID FROM "
				+ "MIZAN_STATEMENT_FINDING WHERE RUN_ID = ? FETCH FIRST " + CLEAR_BATCH + " ROWS ONLY)", runId);
		untilNoneLeft("DELETE FROM MIZAN_FINDING WHERE RUN_ID = ? AND FINDING_ID IN (SELECT FINDING_ID FROM "
				+ "MIZAN_FINDING WHERE RUN_ID = ? FETCH FIRST " + CLEAR_BATCH + " ROWS ONLY)", runId, runId);
	}

	private void untilNoneLeft(String sql, Object... args) {
		while (jdbc.update(sql, args) > 0) {
			// each statement commits on its own
		}
	}

	/**
	 * Streams the run's facts ordered by measure, so callers can align one measure at a
	 * time; each with its id and the article its file is a copy of, or null. The evidence
	 * and context are left unread (null): a large result is copied to disk before it is
	 * read.
	 */
	public void facts(long runId, RowSink<FactRecord> sink) {
		stream(FACTS_TO_ALIGN, "FACT_ID", "MIZAN_FACT", "MEASURE, FILE, SEQ", runId, sink, FactRecord::file);
	}

	/**
	 * Streams the run's statements in article order, each with its id and the article its
	 * file is a copy of, or null.
	 */
	public void statements(long runId, RowSink<AttributionRecord> sink) {
		stream(AttributionRecord.COLUMNS, "ATTRIBUTION_ID", "MIZAN_ATTRIBUTION", "FILE, SEQ", runId, sink,
				AttributionRecord::file);
	}

	private <R extends Record> void stream(RecordColumns<R> columns, String id, String table, String order, long runId,
			RowSink<R> sink, Function<R, String> file) {
		Map<String, String> copies = copies(runId);
		RowMapper<R> mapper = columns.mapper();
		streaming.query(
				"SELECT " + id + ", " + columns.list() + " FROM " + table + " WHERE RUN_ID = ? ORDER BY " + order,
				(RowCallbackHandler) rs -> {
					R row = mapper.mapRow(rs, 0);
					sink.accept(rs.getLong(id), row, copies.get(file.apply(row)));
				}, runId);
	}

	/** A row read back, with its id and the article its file is a copy of, or null. */
	@FunctionalInterface
	public interface RowSink<R> {

		void accept(long id, R row, String copyOf);

	}

	/**
	 * The run's copies by file, read once: joining each fact to its article looked the
	 * article up in an index larger than the database's row cache, a disk read per fact
	 * at 100,000 articles. Every stored fact and statement has its article row (they are
	 * saved together).
	 */
	private Map<String, String> copies(long runId) {
		Map<String, String> copies = new HashMap<>();
		jdbc.query("SELECT FILE, COPY_OF FROM MIZAN_ARTICLE WHERE RUN_ID = ? AND COPY_OF IS NOT NULL",
				(RowCallbackHandler) rs -> copies.put(rs.getString(1), rs.getString(2)), runId);
		return copies;
	}

	/** A finding with the ids of the facts (or statements) it groups. */
	public record Grouped(FindingRecord finding, Collection<Long> memberIds) {
	}

	/** Saves fact findings in two batches: the findings, then which facts each groups. */
	public void saveFactFindings(long runId, List<Grouped> findings) {
		insert(findings);
		link("MIZAN_FACT_FINDING", "FACT_ID", runId, findings);
	}

	public void saveStatementFindings(long runId, List<Grouped> findings) {
		insert(findings);
		link("MIZAN_STATEMENT_FINDING", "ATTRIBUTION_ID", runId, findings);
	}

	/**
	 * The run's readable articles in name order, with their near-duplicate signatures.
	 */
	public void signatures(long runId, BiConsumer<String, String> sink) {
		jdbc.query("SELECT FILE, SIGNATURE FROM MIZAN_ARTICLE WHERE RUN_ID = ? AND STATUS = 'OK' ORDER BY FILE",
				(RowCallbackHandler) rs -> sink.accept(rs.getString(1), rs.getString(2)), runId);
	}

	public void markCopy(long runId, String file, String original) {
		jdbc.update("UPDATE MIZAN_ARTICLE SET COPY_OF = ? WHERE RUN_ID = ? AND FILE = ?", original, runId, file);
	}

	private void insert(List<Grouped> findings) {
		List<Object[]> rows = new ArrayList<>(findings.size());
		findings.stream()
			.map((g) -> g.finding().clipped())
			.sorted(Comparator.comparing(FindingRecord::findingId))
			.forEach((f) -> rows.add(FindingRecord.COLUMNS.values(f)));
		batches(FindingRecord.COLUMNS.insert("MIZAN_FINDING"), rows);
	}

	private void link(String table, String memberColumn, long runId, List<Grouped> findings) {
		List<Object[]> links = new ArrayList<>();
		for (Grouped g : findings) {
			for (Long id : g.memberIds()) {
				links.add(new Object[] { id, runId, g.finding().findingId() });
			}
		}
		links.sort(BY_MEMBER_ID);
		batches("INSERT INTO " + table + " (" + memberColumn + ", RUN_ID, FINDING_ID) VALUES (?, ?, ?)", links);
	}

	/**
	 * Small batches: each commits on its own, so no transaction holds a whole run's rows.
	 * Callers give rows in key order: rows near in key are near in the index and the
	 * file, so consecutive writes find them in the database's row cache (in the order
	 * findings are made, a large run's writes each read a row from disk).
	 */
	private void batches(String sql, List<Object[]> args) {
		for (int from = 0; from < args.size(); from += BATCH) {
			List<Object[]> batch = args.subList(from, Math.min(args.size(), from + BATCH));
			perBatch.executeWithoutResult(status -> jdbc.batchUpdate(sql, batch));
		}
	}

}
