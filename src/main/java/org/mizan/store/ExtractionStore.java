package org.mizan.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mizan.extract.Attribution;
import org.mizan.extract.Fact;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores what the extract step read from each article. Saving an article replaces
 * whatever an earlier, interrupted attempt stored for it, so a restarted chunk never
 * duplicates a row.
 */
public class ExtractionStore {

	private static final String INSERT_FACT = FactRecord.COLUMNS.insert("MIZAN_FACT");

	private static final String INSERT_ATTRIBUTION = AttributionRecord.COLUMNS.insert("MIZAN_ATTRIBUTION");

	private final JdbcTemplate jdbc;

	public ExtractionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An earlier extraction of the same bytes by the same extractor version. */
	public record Reusable(long runId, String file) {
	}

	public Optional<Reusable> findReusable(String sha256, String extractorVersion) {
		return jdbc.query(
				"SELECT RUN_ID, FILE FROM MIZAN_ARTICLE WHERE SHA256 = ? AND EXTRACTOR_VERSION = ? AND STATUS = 'OK' "
						+ "ORDER BY RUN_ID DESC FETCH FIRST 1 ROWS ONLY",
				(rs, i) -> new Reusable(rs.getLong(1), rs.getString(2)), sha256, extractorVersion)
			.stream()
			.findFirst();
	}

	/**
	 * Stores a chunk of articles: each one's fresh extraction, a copy of a reusable
	 * earlier one, or only its row when it was skipped. A handful of statements per
	 * chunk, not per article: a rerun of an unchanged corpus is mostly copies.
	 */
	public void save(long runId, List<? extends ExtractedArticle> chunk, String extractorVersion) {
		if (chunk.isEmpty()) {
			return;
		}
		// one prepared statement per kind of row, executed per article: an IN list would
		// not use the index
		List<Object[]> files = chunk.stream().map(item -> new Object[] { runId, item.article().name() }).toList();
		for (String table : List.of("MIZAN_FACT", "MIZAN_ATTRIBUTION", "MIZAN_ARTICLE")) {
			jdbc.batchUpdate("DELETE FROM " + table + " WHERE RUN_ID = ? AND FILE = ?", files);
		}
		List<Object[]> copies = new ArrayList<>();
		List<Object[]> articleRows = new ArrayList<>();
		List<Object[]> factRows = new ArrayList<>();
		List<Object[]> attributionRows = new ArrayList<>();
		for (ExtractedArticle item : chunk) {
			Reusable reuse = item.reuse();
			if (reuse != null) {
				copies.add(new Object[] { runId, item.article().name(), reuse.runId(), reuse.file() });
			}
			else {
				articleRows.add(ArticleRecord.COLUMNS.values(ArticleRecord.of(runId, item, extractorVersion)));
				if (item.extraction() != null) {
					factRows.addAll(factRows(runId, item.article().name(), item.extraction().facts()));
					attributionRows
						.addAll(attributionRows(runId, item.article().name(), item.extraction().attributions()));
				}
			}
		}
		copy(copies);
		jdbc.batchUpdate(ArticleRecord.COLUMNS.insert("MIZAN_ARTICLE"), articleRows);
		jdbc.batchUpdate(INSERT_FACT, factRows);
		jdbc.batchUpdate(INSERT_ATTRIBUTION, attributionRows);
	}

	private static List<Object[]> factRows(long runId, String file, List<Fact> facts) {
		List<Object[]> rows = new ArrayList<>(facts.size());
		for (int i = 0; i < facts.size(); i++) {
			rows.add(FactRecord.COLUMNS.values(FactRecord.of(runId, file, i, facts.get(i))));
		}
		return rows;
	}

	private static List<Object[]> attributionRows(long runId, String file, List<Attribution> attributions) {
		List<Object[]> rows = new ArrayList<>(attributions.size());
		for (int i = 0; i < attributions.size(); i++) {
			rows.add(AttributionRecord.COLUMNS.values(AttributionRecord.of(runId, file, i, attributions.get(i))));
		}
		return rows;
	}

	/**
	 * Copies the stored rows of articles extracted before, each given as (run, file,
	 * earlier run, earlier file): the same bytes, perhaps under another name (a moved or
	 * duplicated file). The title comes from the text, so it is the same too.
	 */
	private void copy(List<Object[]> copies) {
		if (copies.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(copyOf("MIZAN_ARTICLE", ArticleRecord.COLUMNS), copies);
		jdbc.batchUpdate(copyOf("MIZAN_FACT", FactRecord.COLUMNS), copies);
		jdbc.batchUpdate(copyOf("MIZAN_ATTRIBUTION", AttributionRecord.COLUMNS), copies);
	}

	/**
	 * Copies an article's rows to another run and file: parameters run, file, earlier
	 * run, earlier file.
	 */
	private static String copyOf(String table, RecordColumns<?> columns) {
		String selected = String.join(", ",
				columns.names().stream().map((n) -> n.equals("RUN_ID") || n.equals("FILE") ? "?" : n).toList());
		return "INSERT INTO " + table + " (" + columns.list() + ") SELECT " + selected + " FROM " + table
				+ " WHERE RUN_ID = ? AND FILE = ?";
	}

	static String clip(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
