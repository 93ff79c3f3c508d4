package org.mizan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the review workbook of a run (layout contract: {@code spec/report.md}) as
 * {@code <corpus>-<yyyyMMdd-HHmmss>.xlsx} (UTC) and {@code latest.xlsx}. Rows are
 * streamed (a 200-row window per sheet, compressed temporary files), so memory stays flat
 * however large the corpus. Each file is written under a temporary name in the same
 * folder and moved into place, so neither name ever holds a half-written workbook.
 * <p>
 * {@link ReportSource#findings} is read twice: once to learn where each finding's row
 * will be, so that facts link to their finding and each finding links to its first fact.
 */
public final class WorkbookWriter {

	private static final Logger log = LoggerFactory.getLogger(WorkbookWriter.class);

	static final int ROW_WINDOW = 200;

	public static final String LATEST = "latest.xlsx";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private static final java.util.regex.Pattern ON_DEMAND_KEY = java.util.regex.Pattern
		.compile("\\d{8}-\\d{6}(?:-\\d{3})?");

	private final int rowLimit;

	public WorkbookWriter() {
		this(Table.EXCEL_ROWS);
	}

	/**
	 * @param rowLimit rows per sheet, header included, before a table continues on
	 * {@code Name (2)}
	 */
	WorkbookWriter(int rowLimit) {
		if (rowLimit < 2) {
			throw new IllegalArgumentException("a sheet needs room for a header and a row");
		}
		this.rowLimit = rowLimit;
	}

	/** Writes both files and returns the timestamped one. */
	public Path write(ReportSource source, Path corpusReportDir, String corpus, Instant timestamp) throws IOException {
		Files.createDirectories(corpusReportDir);
		Path stamped = freeName(corpusReportDir, corpus + "-" + stamp(source.run(), timestamp));
		Path temp = partFile(corpusReportDir);
		Path latestTemp = null;
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				render(source, out);
			}
			latestTemp = partFile(corpusReportDir);
			Files.copy(temp, latestTemp, StandardCopyOption.REPLACE_EXISTING);
			moveIntoPlace(temp, stamped);
			moveIntoPlace(latestTemp, corpusReportDir.resolve(LATEST));
			return stamped;
		}
		finally {
			Files.deleteIfExists(temp);
			if (latestTemp != null) {
				Files.deleteIfExists(latestTemp);
			}
		}
	}

	/**
	 * The time in the file's name: the run key's when it is an on-demand key
	 * ({@code 20261203-054214-086}), so the file and the run carry the same time; else (a
	 * nightly key is a date) when the workbook is written.
	 */
	static String stamp(RunInfo run, Instant timestamp) {
		String key = (run != null) ? run.runKey() : null;
		if (key != null && ON_DEMAND_KEY.matcher(key).matches()) {
			return key.substring(0, 15);
		}
		return STAMP.format(timestamp);
	}

	/**
	 * {@code NAME.xlsx}, or {@code NAME-2.xlsx}, ... when a run in the same second
	 * already wrote one.
	 */
	private static Path freeName(Path dir, String name) {
		Path path = dir.resolve(name + ".xlsx");
		for (int n = 2; Files.exists(path); n++) {
			path = dir.resolve(name + "-" + n + ".xlsx");
		}
		return path;
	}

	/**
	 * A temporary file beside the target, readable like any report: a temporary file is
	 * private to its owner, and the move would carry that over to the reviewer's
	 * workbook.
	 */
	private static Path partFile(Path dir) throws IOException {
		Path part = Files.createTempFile(dir, ".mizan-", ".xlsx.part");
		if (Files.getFileStore(part).supportsFileAttributeView("posix")) {
			Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-r--r--"));
		}
		return part;
	}

	void render(ReportSource source, OutputStream out) throws IOException {
		RichInlineWorkbook workbook = new RichInlineWorkbook(ROW_WINDOW);
		try {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			List<String> articleFiles = List.copyOf(source.articleFiles());
			// sheets are created in contract order; each is streamed on its own, so they
			// can be filled in any order
			SXSSFSheet summary = workbook.createSheet("Summary");
			Table findings = new Table(workbook, styles, "Findings", FindingsSheet.COLUMNS, this.rowLimit);
			Table facts = new Table(workbook, styles, "Facts", FactsSheet.COLUMNS, this.rowLimit);
			Table attributions = new Table(workbook, styles, "Attributions", PlainSheets.ATTRIBUTIONS, this.rowLimit);
			Table sources = new Table(workbook, styles, "Sources", PlainSheets.SOURCES, this.rowLimit);
			Table articles = new Table(workbook, styles, "Articles", PlainSheets.ARTICLES, this.rowLimit);
			Table matrix = new Table(workbook, styles, "Matrix",
					PlainSheets.matrixColumns(articleFiles, source.articleOutlets()), this.rowLimit);
			Table changes = new Table(workbook, styles, "Changes", PlainSheets.CHANGES, this.rowLimit);
			Table legend = new Table(workbook, styles, "Legend", LegendSheet.COLUMNS, Table.EXCEL_ROWS);
			for (Table table : List.of(findings, facts, attributions, sources, articles, changes)) {
				table.withHeaderNotes(Legend.get().columnNotes(table.name()));
			}

			StepClock clock = new StepClock();
			FindingIndex index = FindingIndex.of(source, this.rowLimit);
			clock.lap("index");
			FindingsSheet.start(findings);
			DateWriting dates = source.dates();
			source.factsAndFindings(FindingsSheet.MAX_EVIDENCE, (fact) -> FactsSheet.write(facts, index, styles, fact),
					(finding) -> FindingsSheet.write(findings, index, styles, dates, finding));
			facts.finish();
			findings.finish();
			clock.lap("facts and findings");
			PlainSheets.attributions(source, attributions, index, styles);
			clock.lap("attributions");
			PlainSheets.sources(source, sources, styles);
			clock.lap("sources");
			PlainSheets.articles(source, articles, styles);
			PlainSheets.matrix(source, articleFiles, matrix, index, styles);
			PlainSheets.changes(source, changes, styles);
			LegendSheet.write(legend, styles);
			clock.lap("articles, matrix and changes");
			SummarySheet.write(summary, source, index, styles);
			clock.lap("summary");
			workbook.setActiveSheet(0);
			workbook.setSelectedTab(0);
			workbook.write(out);
			clock.lap("zip");
			// per-sheet timings are for developers; the run's summary line tells the
			// operator where the report went
			log.debug("workbook written in {}", clock);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private static void moveIntoPlace(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
