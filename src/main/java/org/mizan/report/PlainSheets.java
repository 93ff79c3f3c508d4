package org.mizan.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFRow;

/**
 * The simple tables: {@code Attributions}, {@code Sources}, {@code Articles},
 * {@code Matrix}, {@code Changes}.
 */
final class PlainSheets {

	static final List<Table.Column> ATTRIBUTIONS = List.of(new Table.Column("Article", 24),
			new Table.Column("Start", 8), new Table.Column("End", 8), new Table.Column("Source", 26),
			new Table.Column("Source type", 12), new Table.Column("Via", 26), new Table.Column("Cue", 12),
			new Table.Column("Hedge", 10), new Table.Column("Statement", 70), new Table.Column("Finding", 11));

	static final List<Table.Column> SOURCES = List.of(new Table.Column("Source", 30),
			new Table.Column("Source type", 12), new Table.Column("Articles", 9), new Table.Column("Facts", 9),
			new Table.Column("Cites", 36), new Table.Column("Cited by", 36));

	static final List<Table.Column> ARTICLES = List.of(new Table.Column("File", 28), new Table.Column("Title", 50),
			new Table.Column("Outlet", 20), new Table.Column("SHA-256", 44), new Table.Column("Characters", 11),
			new Table.Column("Facts", 8), new Table.Column("Status", 10), new Table.Column("Reason", 26),
			new Table.Column("Copy of", 26));

	static final List<Table.Column> CHANGES = List.of(new Table.Column("Finding", 11), new Table.Column("Change", 12),
			new Table.Column("What", 36), new Table.Column("Before", 40), new Table.Column("After", 40));

	/**
	 * Beyond this many articles a matrix is too wide to read; the sheet then says so
	 * instead.
	 */
	static final int MATRIX_MAX_ARTICLES = 30;

	private PlainSheets() {
	}

	static void attributions(ReportSource source, Table table, FindingIndex index, WorkbookStyles styles) {
		source.attributions((attribution) -> {
			SXSSFRow row = table.newRow();
			table.text(row, 0, attribution.article());
			table.number(row, 1, attribution.start(), styles.integer);
			table.number(row, 2, attribution.end(), styles.integer);
			table.text(row, 3, attribution.source());
			table.text(row, 4, attribution.sourceType() == null ? null : attribution.sourceType().label());
			table.display(row, 5, attribution.via());
			table.text(row, 6, attribution.cue());
			table.text(row, 7, attribution.hedge() == null ? null : attribution.hedge().label());
			table.display(row, 8, attribution.statement());
			table.link(row, 9, attribution.finding(), index.findingAddress(attribution.finding()));
		});
		table.finish();
	}

	static void sources(ReportSource source, Table table, WorkbookStyles styles) {
		source.sources((s) -> {
			SXSSFRow row = table.newRow();
			table.display(row, 0, s.name());
			table.text(row, 1, s.type());
			table.number(row, 2, s.articles(), styles.integer);
			table.number(row, 3, s.facts(), styles.integer);
			table.display(row, 4, s.cites());
			table.display(row, 5, s.citedBy());
		});
		table.finish();
	}

	static void articles(ReportSource source, Table table, WorkbookStyles styles) {
		source.articles((article) -> {
			SXSSFRow row = table.newRow();
			table.text(row, 0, article.file());
			table.display(row, 1, article.title());
			// the publisher the page names; when it names none, the file (spec: "Outlet:
			// if known") is all we know
			table.display(row, 2, article.outlet() != null ? article.outlet() : stem(article.file()));
			table.text(row, 3, article.sha256(), styles.fingerprint);
			table.number(row, 4, article.characters(), styles.integer);
			table.number(row, 5, article.facts(), styles.integer);
			table.text(row, 6, article.status(), styles.status(article.status()));
			table.text(row, 7, article.reason());
			table.text(row, 8, article.copyOf());
		});
		table.finish();
	}

	private static String stem(String file) {
		String name = file == null ? ""
				: file.replace('\\', '/').substring(file.replace('\\', '/').lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	static void changes(ReportSource source, Table table, WorkbookStyles styles) {
		DateWriting dates = source.dates();
		boolean[] any = { false };
		source.changes((change) -> {
			any[0] = true;
			SXSSFRow row = table.newRow();
			table.text(row, 0, change.finding());
			table.text(row, 1, change.change(), styles.status(change.change()));
			table.display(row, 2, change.what());
			table.display(row, 3, dates.writeValues(change.before()));
			table.display(row, 4, dates.writeValues(change.after()));
		});
		if (!any[0]) {
			Legend.Entry why = Legend.get().note(source.firstRun() ? "first_run" : "no_changes");
			SXSSFRow row = table.newRow();
			table.display(row, 2, why.arabic());
			table.display(row, 3, why.english());
		}
		table.finish();
	}

	/**
	 * The columns of the {@code Matrix} sheet: the finding, then one per article (when
	 * there are few), named by its outlet with the file below it.
	 */
	static List<Table.Column> matrixColumns(List<String> articleFiles, java.util.Map<String, String> outlets) {
		List<Table.Column> columns = new ArrayList<>(
				List.of(new Table.Column("Finding", 11), new Table.Column("Status", 16), new Table.Column("What", 30)));
		if (articleFiles.size() <= MATRIX_MAX_ARTICLES) {
			articleFiles.forEach((file) -> {
				String outlet = outlets.get(file);
				columns
					.add(new Table.Column(outlet == null ? file : BidiText.isolate(outlet.strip() + "\n" + file), 20));
			});
		}
		return columns;
	}

	static void matrix(ReportSource source, List<String> articleFiles, Table table, FindingIndex index,
			WorkbookStyles styles) {
		if (articleFiles.size() > MATRIX_MAX_ARTICLES) {
			SXSSFRow row = table.newRow();
			table.text(row, 2, "The corpus has " + articleFiles.size() + " articles; the matrix is written for up to "
					+ MATRIX_MAX_ARTICLES + ". Filter Facts by Finding instead.");
			table.finish();
			return;
		}
		source.matrix((line) -> {
			SXSSFRow row = table.newRow();
			table.link(row, 0, line.finding(), index.findingAddress(line.finding()));
			table.text(row, 1, line.status(), styles.status(line.status()));
			table.display(row, 2, line.what());
			for (int i = 0; i < articleFiles.size(); i++) {
				table.display(row, 3 + i, line.cellByArticle().get(articleFiles.get(i)));
			}
		});
		table.finish();
	}

}
