package org.mizan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Interim writer: plain sheets with the contract headers. */
public class WorkbookWriter {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneId.systemDefault());

	public Path write(ReportSource source, Path dir, String corpus, Instant timestamp) {
		try {
			Files.createDirectories(dir);
			Path tmp = Files.createTempFile(dir, ".mizan-", ".xlsx.tmp");
			try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(tmp)) {
				Sheet summary = wb.createSheet("Summary");
				RunInfo run = source.run();
				row(summary, 0, "Corpus", run.corpus());
				row(summary, 1, "Run", run.runKey());
				Sheet findings = wb.createSheet("Findings");
				row(findings, 0, "Finding", "Status", "What", "Unit", "Values", "Low", "High", "Spread", "Sources",
						"Articles", "Verdict", "Note");
				int[] r = { 1 };
				source.findings(f -> row(findings, r[0]++, f.id(), f.status(), f.what(), f.unit(), f.values(),
						f.low() != null ? f.low() : f.dateLow(), f.high() != null ? f.high() : f.dateHigh(),
						f.spread(), f.sources(), f.articles(), f.verdict(), f.note()));
				Sheet facts = wb.createSheet("Facts");
				row(facts, 0, "Fact", "Finding", "Article", "Line", "Start", "End", "Surface", "Value", "Low", "High",
						"Approx", "Unit", "Counted", "Event", "Source", "Source type", "Hedge", "Evidence");
				r[0] = 1;
				source.facts(f -> row(facts, r[0]++, f.id(), f.finding(), f.article(), f.line(), f.start(), f.end(),
						f.surface(), f.value() != null ? f.value() : f.date(), f.low(), f.high(), f.approx(), f.unit(),
						f.counted(), f.event(), f.source(), f.sourceType(), f.hedge(), f.evidence()));
				Sheet attributions = wb.createSheet("Attributions");
				row(attributions, 0, "Article", "Start", "End", "Source", "Source type", "Via", "Cue", "Hedge",
						"Statement", "Finding");
				r[0] = 1;
				source.attributions(a -> row(attributions, r[0]++, a.article(), a.start(), a.end(), a.source(),
						a.sourceType(), a.via(), a.cue(), a.hedge(), a.statement(), a.finding()));
				Sheet sources = wb.createSheet("Sources");
				row(sources, 0, "Source", "Type", "Articles", "Facts", "Cites", "Cited by");
				r[0] = 1;
				source.sources(s -> row(sources, r[0]++, s.name(), s.type(), s.articles(), s.facts(), s.cites(),
						s.citedBy()));
				Sheet articles = wb.createSheet("Articles");
				row(articles, 0, "File", "Title", "Outlet", "SHA-256", "Characters", "Facts", "Status", "Reason");
				r[0] = 1;
				source.articles(a -> row(articles, r[0]++, a.file(), a.title(), a.outlet(), a.sha256(),
						a.characters(), a.facts(), a.status(), a.reason()));
				wb.write(out);
				wb.dispose();
			}
			Path target = dir.resolve(corpus + "-" + STAMP.format(timestamp) + ".xlsx");
			Files.copy(tmp, dir.resolve(".latest.xlsx.tmp"), StandardCopyOption.REPLACE_EXISTING);
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
			Files.move(dir.resolve(".latest.xlsx.tmp"), dir.resolve("latest.xlsx"), StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v instanceof Number n) {
				row.createCell(i).setCellValue(n.doubleValue());
			}
			else if (v != null) {
				row.createCell(i).setCellValue(v.toString());
			}
		}
	}

}
