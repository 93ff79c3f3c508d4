package org.mizan.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mizan.corpus.DecodedArticle;
import org.mizan.extract.ArticleExtraction;
import org.mizan.extract.Attribution;
import org.mizan.extract.Fact;
import org.mizan.extract.SourceRef;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores what the extract step read from each article. Saving an article replaces whatever an earlier, interrupted
 * attempt stored for it, so a restarted chunk never duplicates a row.
 */
public class ExtractionStore {

	private static final String INSERT_FACT = "INSERT INTO MIZAN_FACT (RUN_ID, FILE, SEQ, LINE, START_OFFSET, "
			+ "END_OFFSET, SURFACE, NUM_VALUE, DATE_VALUE, LOW, HIGH, APPROX, UNIT, UNIT_CLASS, COUNTED, EVENT, "
			+ "EVENT_CLASS, PARTICIPANTS, SOURCE, SOURCE_KEY, SOURCE_TYPE, VIA, CUE, HEDGE, EVIDENCE) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
	 * Stores one article: its fresh extraction, a copy of a reusable earlier one, or only its row when it was
	 * skipped.
	 */
	public void save(long runId, DecodedArticle article, ArticleExtraction extraction, String signature,
			String extractorVersion, Reusable reuse) {
		String file = article.name();
		jdbc.update("DELETE FROM MIZAN_FACT WHERE RUN_ID = ? AND FILE = ?", runId, file);
		jdbc.update("DELETE FROM MIZAN_ATTRIBUTION WHERE RUN_ID = ? AND FILE = ?", runId, file);
		jdbc.update("DELETE FROM MIZAN_ARTICLE WHERE RUN_ID = ? AND FILE = ?", runId, file);
		if (reuse != null) {
			copy(runId, article, reuse);
			return;
		}
		List<Fact> facts = extraction == null ? List.of() : extraction.facts();
		jdbc.update("INSERT INTO MIZAN_ARTICLE (RUN_ID, FILE, TITLE, OUTLET, SHA256, CHARACTERS, FACTS, STATUS, "
				+ "REASON, SIGNATURE, EXTRACTOR_VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", runId, file,
				clip(article.title(), 1000), extraction == null ? null : clip(extraction.outlet(), 500),
				article.sha256(), article.text() == null ? 0 : article.text().length(), facts.size(),
				article.status().name(), clip(article.reason(), 1000), signature,
				extraction == null ? null : extractorVersion);
		if (extraction == null) {
			return;
		}
		List<Object[]> factRows = new ArrayList<>(facts.size());
		for (int i = 0; i < facts.size(); i++) {
			Fact f = facts.get(i);
			SourceRef s = f.source();
			factRows.add(new Object[] { runId, file, i, f.line(), f.start(), f.end(), clip(f.surface(), 1000),
					f.value(), f.date(), f.low(), f.high(), f.approx() == null ? null : f.approx().label(), f.unit(),
					f.unitClass(), clip(f.counted(), 1000), clip(f.event(), 500), f.eventClass(),
					clip(String.join(" ", f.participants()), 4000), clip(s.name(), 1000), clip(s.key(), 1000),
					s.type() == null ? null : s.type().label(), ViaChain.join(s.via()),
					clip(s.cue(), 200), s.hedge() == null ? null : s.hedge().label(), clip(f.evidence(), 16000) });
		}
		jdbc.batchUpdate(INSERT_FACT, factRows);
		List<Attribution> attributions = extraction.attributions();
		List<Object[]> rows = new ArrayList<>(attributions.size());
		for (int i = 0; i < attributions.size(); i++) {
			Attribution a = attributions.get(i);
			SourceRef s = a.source();
			rows.add(new Object[] { runId, file, i, a.start(), a.end(), clip(s.name(), 1000), clip(s.key(), 1000),
					s.type() == null ? null : s.type().label(), ViaChain.join(s.via()),
					clip(s.cue(), 200), s.hedge() == null ? null : s.hedge().label(), clip(a.statement(), 16000),
					clip(a.statementKey(), 16000) });
		}
		jdbc.batchUpdate(INSERT_ATTRIBUTION, rows);
	}

	private void copy(long runId, DecodedArticle article, Reusable from) {
		String file = article.name();
		jdbc.update("INSERT INTO MIZAN_ARTICLE (RUN_ID, FILE, TITLE, OUTLET, SHA256, CHARACTERS, FACTS, STATUS, "
				+ "REASON, SIGNATURE, EXTRACTOR_VERSION) SELECT ?, ?, ?, OUTLET, SHA256, CHARACTERS, FACTS, STATUS, "
				+ "REASON, SIGNATURE, EXTRACTOR_VERSION FROM MIZAN_ARTICLE WHERE RUN_ID = ? AND FILE = ?", runId, file,
				clip(article.title(), 1000), from.runId(), from.file());
		jdbc.update("INSERT INTO MIZAN_FACT (RUN_ID, FILE, SEQ, LINE, START_OFFSET, END_OFFSET, SURFACE, NUM_VALUE, "
				+ "DATE_VALUE, LOW, HIGH, APPROX, UNIT, UNIT_CLASS, COUNTED, EVENT, EVENT_CLASS, PARTICIPANTS, SOURCE, "
				+ "SOURCE_KEY, SOURCE_TYPE, VIA, CUE, HEDGE, EVIDENCE) SELECT ?, ?, SEQ, LINE, START_OFFSET, "
				+ "END_OFFSET, SURFACE, NUM_VALUE, DATE_VALUE, LOW, HIGH, APPROX, UNIT, UNIT_CLASS, COUNTED, EVENT, "
				+ "EVENT_CLASS, PARTICIPANTS, SOURCE, SOURCE_KEY, SOURCE_TYPE, VIA, CUE, HEDGE, EVIDENCE "
				+ "FROM MIZAN_FACT WHERE RUN_ID = ? AND FILE = ?", runId, file, from.runId(), from.file());
		jdbc.update("INSERT INTO MIZAN_ATTRIBUTION (RUN_ID, FILE, SEQ, START_OFFSET, END_OFFSET, SOURCE, SOURCE_KEY, "
				+ "SOURCE_TYPE, VIA, CUE, HEDGE, STATEMENT, STATEMENT_KEY) SELECT ?, ?, SEQ, START_OFFSET, END_OFFSET, "
				+ "SOURCE, SOURCE_KEY, SOURCE_TYPE, VIA, CUE, HEDGE, STATEMENT, STATEMENT_KEY FROM MIZAN_ATTRIBUTION "
				+ "WHERE RUN_ID = ? AND FILE = ?", runId, file, from.runId(), from.file());
	}

	static String clip(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
