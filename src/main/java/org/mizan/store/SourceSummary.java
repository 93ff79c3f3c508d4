package org.mizan.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mizan.report.SourceRow;
import org.mizan.extract.attribution.SourceKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The {@code Sources} sheet: one row per normalized source, with whom it cites and who
 * cites it.
 */
final class SourceSummary {

	private final Map<String, Entry> byKey = new TreeMap<>();

	private final SourceKeys keys = new SourceKeys();

	/**
	 * A summary read from the run's facts and statements, for a caller that did not
	 * stream them already.
	 */
	static SourceSummary query(JdbcTemplate jdbc, long runId) {
		SourceSummary summary = new SourceSummary();
		jdbc.query("SELECT SOURCE, SOURCE_KEY, SOURCE_TYPE, VIA, FILE FROM MIZAN_FACT WHERE RUN_ID = ? "
				+ "AND SOURCE_KEY IS NOT NULL", (RowCallbackHandler) rs -> summary.add(rs, true), runId);
		jdbc.query("SELECT SOURCE, SOURCE_KEY, SOURCE_TYPE, VIA, FILE FROM MIZAN_ATTRIBUTION WHERE RUN_ID = ? "
				+ "AND SOURCE_KEY IS NOT NULL", (RowCallbackHandler) rs -> summary.add(rs, false), runId);
		return summary;
	}

	private static final class Entry {

		String name;

		String type;

		final Set<String> articles = new TreeSet<>();

		int facts;

		final Listed cites = new Listed();

		final Listed citedBy = new Listed();

	}

	/**
	 * The names shown in a cell, sorted: the first {@code SHOWN} distinct ones, then how
	 * many more. A source cited by every article of a large corpus would otherwise hold
	 * one string per article, for a cell Excel clips anyway.
	 */
	static final class Listed {

		static final int SHOWN = 100;

		final Set<String> shown = new TreeSet<>();

		final Set<Integer> more = new java.util.HashSet<>();

		void add(String name) {
			if (this.shown.size() < SHOWN || this.shown.contains(name)) {
				this.shown.add(name);
			}
			else {
				// hashes only: "and N more" may undercount by a collision, never holds
				// the names
				this.more.add(name.hashCode());
			}
		}

		@Override
		public String toString() {
			String names = String.join("\n", this.shown);
			return this.more.isEmpty() ? names : names + "\n… " + this.more.size() + " more";
		}

	}

	List<SourceRow> rows() {
		List<SourceRow> rows = new ArrayList<>();
		byKey.values()
			.forEach(e -> rows.add(new SourceRow(e.name, e.type, e.articles.size(), e.facts, e.cites.toString(),
					e.citedBy.toString())));
		return rows;
	}

	/**
	 * A relay is stored by name: it gets the key attribution gives a source of that name.
	 */
	private String keyOf(String name) {
		return keys.key(name);
	}

	/**
	 * Counts one fact or statement row (columns SOURCE, SOURCE_KEY, SOURCE_TYPE, VIA,
	 * FILE); unsourced ones are not.
	 */
	void add(ResultSet rs, boolean fact) throws SQLException {
		if (rs.getString("SOURCE_KEY") == null) {
			return;
		}
		Entry e = byKey.computeIfAbsent(rs.getString("SOURCE_KEY"), k -> new Entry());
		if (e.name == null) {
			e.name = rs.getString("SOURCE");
			e.type = rs.getString("SOURCE_TYPE");
		}
		String file = rs.getString("FILE");
		e.articles.add(file);
		e.facts += fact ? 1 : 0;
		List<String> via = ViaChain.split(rs.getString("VIA"));
		if (!via.isEmpty()) {
			// the nearest relay cites this source, and the relay is in turn cited by the
			// article
			String relay = via.get(0);
			e.citedBy.add(relay + " (" + file + ")");
			Entry cited = byKey.computeIfAbsent(keyOf(relay), k -> new Entry());
			if (cited.name == null) {
				cited.name = relay;
			}
			cited.cites.add(e.name);
			cited.articles.add(file);
			cited.citedBy.add(file);
		}
		else {
			e.citedBy.add(file);
		}
	}

}
