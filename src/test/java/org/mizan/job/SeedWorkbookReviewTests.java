package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;

/**
 * The seeds' workbook as a reviewer reads it: evidence beside each finding, highlights
 * where the facts are.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedWorkbookReviewTests extends JobTestSupport {

	private XSSFWorkbook workbook;

	@BeforeAll
	void runSeeds() throws Exception {
		RunOutcome outcome = launcher.runOnDemand(SEED_CORPUS);
		assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
		try (InputStream in = Files.newInputStream(Path.of(outcome.reportPath()))) {
			this.workbook = new XSSFWorkbook(in);
		}
	}

	@Test
	void aSurfaceThatOccursTwiceInItsSentenceIsHighlightedWhereTheFactIs() {
		// article 000 line 32: "... إلى شهر حزيران المقبل ... في حزيران ...": the second
		// حزيران is a fact of its own
		XSSFRow fact = factRow("000_", 3594);
		XSSFRichTextString evidence = fact.getCell(column("Facts", "Evidence")).getRichStringCellValue();
		String sentence = evidence.getString();
		String surface = fact.getCell(column("Facts", "Surface")).getStringCellValue();
		int first = sentence.indexOf(surface);
		int second = sentence.indexOf(surface, first + 1);
		assertThat(second).as("the sentence holds the surface twice").isPositive();
		assertThat(highlightedRuns(evidence)).containsExactly(second + ":" + surface);
	}

	@Test
	void aFindingRowShowsEachValuesSentenceAndSourceAndTheSentenceThatSaysWhatABareNumberCounts() {
		XSSFRow finding = findingRow("حوالي ثلاثمائة");
		XSSFRichTextString evidence = finding.getCell(column("Findings", "Evidence")).getRichStringCellValue();
		String text = evidence.getString();
		assertThat(text).contains("004_860fdb7c9942b757.txt")
			.contains("مصدر دولي موثوق به")
			.contains("أحد المصادر")
			.contains("لوموند");
		assertThat(highlightedRuns(evidence)).anyMatch((run) -> run.endsWith(":حوالي ثلاثمائة"))
			.anyMatch((run) -> run.endsWith(":1500"));
		// the 300 stands alone in its sentence ("“حوالي ثلاثمائة”، مثلما يؤكد ..."): the
		// sentence before says who
		assertThat(text.substring(0, text.indexOf("حوالي ثلاثمائة"))).contains("السوريين");
	}

	@Test
	void theFindingsLinkSelectsTheBlockOfAllItsFacts() {
		XSSFSheet facts = this.workbook.getSheet("Facts");
		XSSFSheet findings = this.workbook.getSheet("Findings");
		int checked = 0;
		for (int r = 1; r <= findings.getLastRowNum(); r++) {
			XSSFCell id = findings.getRow(r).getCell(0);
			if (id.getHyperlink() == null) {
				continue;
			}
			String address = id.getHyperlink().getAddress();
			CellRangeAddress range = CellRangeAddress.valueOf(address.substring(address.indexOf('!') + 1));
			List<String> inBlock = new ArrayList<>();
			List<String> all = new ArrayList<>();
			for (int f = 1; f <= facts.getLastRowNum(); f++) {
				String factFinding = facts.getRow(f).getCell(1).getStringCellValue();
				if (factFinding.equals(id.getStringCellValue())) {
					all.add(Integer.toString(f));
					if (f >= range.getFirstRow() && f <= range.getLastRow()) {
						inBlock.add(Integer.toString(f));
					}
				}
			}
			assertThat(inBlock).as(address).isEqualTo(all).isNotEmpty();
			checked++;
		}
		assertThat(checked).isGreaterThan(20);
	}

	@Test
	void datesReadAsPeopleWriteThemInFindingsButStayIsoInFacts() {
		XSSFRow finding = findingRow("لشهر يناير (كانون الثاني) الماضي");
		String values = finding.getCell(column("Findings", "Values")).getStringCellValue();
		assertThat(values).contains("كانون الثاني").contains("يناير").doesNotContain("--01");
		assertThat(finding.getCell(column("Findings", "Low")).getStringCellValue()).contains("كانون الثاني");
		XSSFRow fact = factRow("003_", 1159);
		assertThat(fact.getCell(column("Facts", "Value")).getStringCellValue()).isEqualTo("--01");
		// read left to right in the right-to-left sheet, so it does not show as "01--"
		assertThat(fact.getCell(column("Facts", "Value")).getCellStyle().getReadingOrder())
			.isEqualTo(org.apache.poi.ss.usermodel.ReadingOrder.LEFT_TO_RIGHT);
	}

	@Test
	void anOpenEndedValueHasNoHighInFindingsAsInFacts() {
		XSSFRow finding = findingRow("Values", "more than 4");
		assertThat(finding.getCell(column("Findings", "Low")).getNumericCellValue()).isEqualTo(4.0);
		XSSFCell high = finding.getCell(column("Findings", "High"));
		assertThat(high == null || high.toString().isEmpty()).isTrue();
		XSSFRow fact = factRow("004_", 3490);
		XSSFCell factHigh = fact.getCell(column("Facts", "High"));
		assertThat(factHigh == null || factHigh.toString().isEmpty()).isTrue();
	}

	@Test
	void fileNamesInArabicLinesAreIsolatedLeftToRight() {
		String values = findingRow("حوالي ثلاثمائة").getCell(column("Findings", "Values")).getStringCellValue();
		assertThat(values).contains("(\u2066004_860fdb7c9942b757.txt\u2069)");
		// the Facts sheet's Article, read by tools, stays the bare name
		assertThat(factRow("004_", 3490).getCell(column("Facts", "Article")).getStringCellValue())
			.isEqualTo("004_860fdb7c9942b757.txt");
	}

	@Test
	void theFactsFrameIsToldInArabicNeverInTheKeysTheAlignerCompares() {
		XSSFSheet facts = this.workbook.getSheet("Facts");
		int told = 0;
		for (int r = 1; r <= facts.getLastRowNum(); r++) {
			for (String header : List.of("Of what", "Part", "When", "Kind")) {
				XSSFCell cell = facts.getRow(r).getCell(column("Facts", header));
				String text = cell == null ? "" : cell.getStringCellValue();
				assertThat(text).as(header + " of row " + r).doesNotContainPattern("[A-Za-z:]");
				told += text.isEmpty() ? 0 : 1;
			}
		}
		// every fact has a kind at least
		assertThat(told).isGreaterThanOrEqualTo(facts.getLastRowNum());
	}

	private XSSFRow factRow(String article, int start) {
		XSSFSheet facts = this.workbook.getSheet("Facts");
		for (int r = 1; r <= facts.getLastRowNum(); r++) {
			XSSFRow row = facts.getRow(r);
			if (row.getCell(column("Facts", "Article")).getStringCellValue().startsWith(article)
					&& row.getCell(column("Facts", "Start")).getNumericCellValue() == start) {
				return row;
			}
		}
		throw new AssertionError("no fact of " + article + " at " + start);
	}

	/** The Findings row whose evidence holds {@code text}. */
	private XSSFRow findingRow(String text) {
		return findingRow("Evidence", text);
	}

	private XSSFRow findingRow(String header, String text) {
		XSSFSheet findings = this.workbook.getSheet("Findings");
		for (int r = 1; r <= findings.getLastRowNum(); r++) {
			XSSFCell evidence = findings.getRow(r).getCell(column("Findings", header));
			if (evidence != null && evidence.getStringCellValue().contains(text)) {
				return findings.getRow(r);
			}
		}
		throw new AssertionError("no finding shows " + text);
	}

	private int column(String sheet, String header) {
		XSSFRow head = this.workbook.getSheet(sheet).getRow(0);
		for (int c = 0; c < head.getLastCellNum(); c++) {
			if (head.getCell(c).getStringCellValue().equals(header)) {
				return c;
			}
		}
		throw new AssertionError(sheet + " has no " + header);
	}

	/** The bold runs of a rich text, as {@code offset:text}. */
	private static List<String> highlightedRuns(XSSFRichTextString text) {
		List<String> runs = new ArrayList<>();
		for (int i = 0; i < text.numFormattingRuns(); i++) {
			var font = text.getFontOfFormattingRun(i);
			int start = text.getIndexOfFormattingRun(i);
			if (font != null && font.getBold() && font.getXSSFColor() != null
					&& "FFC00000".equals(font.getXSSFColor().getARGBHex())) {
				runs.add(start + ":" + text.getString().substring(start, start + text.getLengthOfFormattingRun(i)));
			}
		}
		return runs;
	}

}
