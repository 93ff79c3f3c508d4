package org.mizan.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mizan.corpus.DecodedArticle;
import org.mizan.extract.ArticleExtraction;
import org.mizan.extract.Attribution;
import org.mizan.extract.ClaimFrame;
import org.mizan.extract.Fact;
import org.mizan.extract.SourceRef;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores what the extract step read from each article. Saving an article replaces whatever an earlier, interrupted
 * attempt stored for it, so a restarted chunk never duplicates a row.
 */
public class ExtractionStore {

	/** A fact's frame ({@link org.mizan.extract.ClaimFrame}), in this order. */
	static final String FRAME_COLUMNS = "MEASURE, MEASURE_LABEL, SUBJECT, SCOPE, TIME_REF, REVISION, KIND, PLACE, CLAUSE_WORDS";

	private static final String INSERT_FACT = "INSERT INTO MIZAN_FACT (RUN_ID, FILE, SEQ, LINE, START_OFFSET, "
			+ "END_OFFSET, SURFACE, NUM_VALUE, DATE_VALUE, LOW, HIGH, APPROX, UNIT, UNIT_CLASS, COUNTED, EVENT, "
			+ "EVENT_CLASS, PARTICIPANTS, SOURCE, SOURCE_KEY, SOURCE_TYPE, VIA, CUE, HEDGE, EVIDENCE, EVIDENCE_START, "
			+ "CONTEXT, " + FRAME_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
			+ "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_ATTRIBUTION = "INSERT INTO MIZAN_ATTRIBUTION (RUN_ID, FILE, SEQ, "
			+ "START_OFFSET, END_OFFSET, SOURCE, SOURCE_KEY, SOURCE_TYPE, VIA, CUE, HEDGE, STATEMENT, STATEMENT_KEY) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	public ExtractionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An earlier extraction of the same bytes by the same extractor version. */
	public record Reusable(long runId, String file) {
	}

	public Optional<Reusable> findReusable(String sha256, String extractorVersion) {
		return jdbc
			.query("SELECT RUN_ID, FILE FROM MIZAN_ARTICLE WHERE SHA256 = ? AND EXTRACTOR_VERSION = ? AND STATUS = 'OK' "
					+ "ORDER BY RUN_ID DESC FETCH FIRST 1 ROWS ONLY",
					(rs, i) -> new Reusable(rs.getLong(1), rs.getString(2)), sha256, extractorVersion)
			.stream()
			.findFirst();
	}

	/**
	 * Stores a chunk of articles: each one's fresh extraction, a copy of a reusable earlier one, or only its row when
	 * it was skipped. A handful of statements per chunk, not per article: a rerun of an unchanged corpus is mostly
	 * copies.
	 */
	public void save(long runId, List<? extends ExtractedArticle> chunk, String extractorVersion) {
		if (chunk.isEmpty()) {
			return;
		}
		// one prepared statement per kind of row, executed per article: an IN list would not use the index
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
				articleRows.add(articleRow(runId, item, extractorVersion));
				if (item.extraction() != null) {
					factRows.addAll(factRows(runId, item.article().name(), item.extraction().facts()));
					attributionRows.addAll(attributionRows(runId, item.article().name(), item.extraction().attributions()));
				}
			}
		}
		copy(copies);
		jdbc.batchUpdate("INSERT INTO MIZAN_ARTICLE (RUN_ID, FILE, TITLE, OUTLET, SHA256, CHARACTERS, FACTS, STATUS, "
				+ "REASON, SIGNATURE, EXTRACTOR_VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", articleRows);
		jdbc.batchUpdate(INSERT_FACT, factRows);
		jdbc.batchUpdate(INSERT_ATTRIBUTION, attributionRows);
	}

	private static Object[] articleRow(long runId, ExtractedArticle item, String extractorVersion) {
		DecodedArticle article = item.article();
		ArticleExtraction extraction = item.extraction();
		return new Object[] { runId, article.name(), clip(article.title(), 1000),
				extraction == null ? null : clip(extraction.outlet(), 500), article.sha256(),
				article.text() == null ? 0 : article.text().length(),
				extraction == null ? 0 : extraction.facts().size(), article.status().name(),
				clip(article.reason(), 1000), item.signature(), extraction == null ? null : extractorVersion };
	}

	private static List<Object[]> factRows(long runId, String file, List<Fact> facts) {
		List<Object[]> rows = new ArrayList<>(facts.size());
		for (int i = 0; i < facts.size(); i++) {
			Fact f = facts.get(i);
			SourceRef s = f.source();
			ClaimFrame frame = f.frame();
			rows.add(new Object[] { runId, file, i, f.line(), f.start(), f.end(), clip(f.surface(), 1000),
					f.value(), f.date(), f.low(), f.high(), f.approx() == null ? null : f.approx().label(), f.unit(),
					f.unitClass(), clip(f.counted(), 1000), clip(f.event(), 500), f.eventClass(),
					clip(String.join(" ", f.participants()), 4000), clip(s.name(), 1000), clip(s.key(), 1000),
					s.type() == null ? null : s.type().label(), ViaChain.join(s.via()),
					clip(s.cue(), 200), s.hedge() == null ? null : s.hedge().label(), clip(f.evidence(), 16000),
					f.evidenceStart(), clip(f.context(), 16000), clip(frame.measure(), 300), clip(frame.label(), 1000),
					clip(frame.subject(), 500), clip(frame.scope(), 500), clip(frame.time(), 100), frame.revision(),
					frame.kind().label(), clip(frame.place(), 200), clip(frame.context(), 1000) });
		}
		return rows;
	}

	private static List<Object[]> attributionRows(long runId, String file, List<Attribution> attributions) {
		List<Object[]> rows = new ArrayList<>(attributions.size());
		for (int i = 0; i < attributions.size(); i++) {
			Attribution a = attributions.get(i);
			SourceRef s = a.source();
			rows.add(new Object[] { runId, file, i, a.start(), a.end(), clip(s.name(), 1000), clip(s.key(), 1000),
					s.type() == null ? null : s.type().label(), ViaChain.join(s.via()),
					clip(s.cue(), 200), s.hedge() == null ? null : s.hedge().label(), clip(a.statement(), 16000),
					clip(a.statementKey(), 16000) });
		}
		return rows;
	}

	/**
	 * Copies the stored rows of articles extracted before, each given as (run, file, earlier run, earlier file): the
	 * same bytes, perhaps under another name (a moved or duplicated file). The title comes from the text, so it is
	 * the same too.
	 */
	private void copy(List<Object[]> copies) {
		if (copies.isEmpty()) {
			return;
		}
		String from = " FROM %s WHERE RUN_ID = ? AND FILE = ?";
		jdbc.batchUpdate("INSERT INTO MIZAN_ARTICLE (RUN_ID, FILE, TITLE, OUTLET, SHA256, CHARACTERS, FACTS, STATUS, "
				+ "REASON, SIGNATURE, EXTRACTOR_VERSION) SELECT ?, ?, TITLE, OUTLET, SHA256, CHARACTERS, FACTS, "
				+ "STATUS, REASON, SIGNATURE, EXTRACTOR_VERSION" + from.formatted("MIZAN_ARTICLE"), copies);
		jdbc.batchUpdate("INSERT INTO MIZAN_FACT (RUN_ID, FILE, SEQ, LINE, START_OFFSET, END_OFFSET, SURFACE, "
				+ "NUM_VALUE, DATE_VALUE, LOW, HIGH, APPROX, UNIT, UNIT_CLASS, COUNTED, EVENT, EVENT_CLASS, "
				+ "PARTICIPANTS, SOURCE, SOURCE_KEY, SOURCE_TYPE, VIA, CUE, HEDGE, EVIDENCE, EVIDENCE_START, CONTEXT, "
				+ FRAME_COLUMNS + ") SELECT ?, ?, SEQ, LINE, START_OFFSET, END_OFFSET, SURFACE, NUM_VALUE, DATE_VALUE, "
				+ "LOW, HIGH, APPROX, UNIT, UNIT_CLASS, COUNTED, EVENT, EVENT_CLASS, PARTICIPANTS, SOURCE, SOURCE_KEY, "
				+ "SOURCE_TYPE, VIA, CUE, HEDGE, EVIDENCE, EVIDENCE_START, CONTEXT, " + FRAME_COLUMNS
				+ from.formatted("MIZAN_FACT"), copies);
		jdbc.batchUpdate("INSERT INTO MIZAN_ATTRIBUTION (RUN_ID, FILE, SEQ, START_OFFSET, END_OFFSET, SOURCE, "
				+ "SOURCE_KEY, SOURCE_TYPE, VIA, CUE, HEDGE, STATEMENT, STATEMENT_KEY) SELECT ?, ?, SEQ, "
				+ "START_OFFSET, END_OFFSET, SOURCE, SOURCE_KEY, SOURCE_TYPE, VIA, CUE, HEDGE, STATEMENT, "
				+ "STATEMENT_KEY" + from.formatted("MIZAN_ATTRIBUTION"), copies);
	}

	static String clip(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
