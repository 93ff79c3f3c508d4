package org.mizan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictReaderTests {

	@TempDir
	Path dir;

	Path written;

	@BeforeEach
	void writeStory() throws IOException {
		this.written = new WorkbookWriter().write(new StoryReportSource(), this.dir, "flood", WorkbookWriterTests.WHEN);
	}

	Path edit(String name, java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
		Path edited = this.dir.resolve(name);
		try (XSSFWorkbook workbook = WorkbookWriterTests.open(this.written);
				OutputStream out = Files.newOutputStream(edited)) {
			change.accept(workbook);
			workbook.write(out);
		}
		return edited;
	}

	@Test
	void readsTheVerdictsAndNotesAReviewerEntered() throws Exception {
		Path edited = edit("edited.xlsx", (workbook) -> {
			XSSFSheet findings = workbook.getSheet("Findings");
			findings.getRow(3).createCell(10).setCellValue("confirmed discrepancy");
			findings.getRow(4).createCell(11).setCellValue("لا توجد مصادر أخرى");
		});
		List<Verdict> verdicts = new VerdictReader().read(edited);
		// Values as the sheet shows them: file names isolated, dates written out
		// (ShownValues matches them)
		assertThat(verdicts).containsExactly(
				new Verdict("F-1A2B3C", "needs follow-up", "اتصلنا بالوزارة",
						BidiText.isolate(new StoryReportSource().findings.get(0).values())),
				new Verdict("F-7A8B9C", "confirmed discrepancy", "",
						BidiText.isolate("2,300 — 001_wakala.txt, 002_sahifa.txt")),
				new Verdict("F-0D1E2F", "", "لا توجد مصادر أخرى",
						BidiText.isolate(DateWriting.standard().writeValues("2024-03-07 — 001_wakala.txt"))));
		assertThat(ShownValues.same(verdicts.get(2).values(), "2024-03-07 — 001_wakala.txt", DateWriting.standard()))
			.isTrue();
	}

	@Test
	void formulasGiveTheirCachedValueAndAreNeverEvaluated() throws Exception {
		Path edited = edit("formulas.xlsx", (workbook) -> {
			XSSFSheet findings = workbook.getSheet("Findings");
			var cached = findings.getRow(2).createCell(10);
			cached.setCellFormula("\"not a \"&\"discrepancy\"");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cached);
			// no cached value: the reader must not compute 1+1
			findings.getRow(3).createCell(10).setCellFormula("1+1");
		});
		List<Verdict> verdicts = new VerdictReader().read(edited);
		assertThat(verdicts).extracting(Verdict::finding, Verdict::verdict)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("F-1A2B3C", "needs follow-up"),
					org.assertj.core.groups.Tuple.tuple("F-4D5E6F", "not a discrepancy"));
	}

	@Test
	void aFileThatIsNotAZipIsUnreadable() throws IOException {
		Path text = Files.writeString(this.dir.resolve("notes.xlsx"), "just some text\n");
		assertUnreadable(text, "notes.xlsx");
	}

	@Test
	void aTruncatedWorkbookIsUnreadable() throws IOException {
		byte[] bytes = Files.readAllBytes(this.written);
		Path truncated = Files.write(this.dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
		assertUnreadable(truncated, "truncated.xlsx");
	}

	@Test
	void aWorkbookWithoutFindingsOrItsHeadersIsUnreadable() throws Exception {
		Path noSheet = edit("nosheet.xlsx", (workbook) -> workbook.removeSheetAt(workbook.getSheetIndex("Findings")));
		assertUnreadable(noSheet, "no Findings sheet");
		Path noHeader = edit("noheader.xlsx", (workbook) -> {
			// recreated, because POI edits an inline-string cell in place into an
			// ambiguous <v> + <is>
			var header = workbook.getSheet("Findings").getRow(0);
			header.removeCell(header.getCell(10));
			header.createCell(10).setCellValue("Verdikt");
		});
		assertUnreadable(noHeader, "no 'Verdict' column");
	}

	@Test
	void aZipBombIsRefused() throws IOException {
		// the Findings sheet padded with 50 MB of blanks: it inflates far beyond POI's
		// minimum ratio
		Path bomb = this.dir.resolve("bomb.xlsx");
		try (ZipFile original = new ZipFile(this.written.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
			for (ZipEntry entry : java.util.Collections.list(original.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = original.getInputStream(entry)) {
					byte[] content = in.readAllBytes();
					if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
						String xml = new String(content, StandardCharsets.UTF_8);
						int at = xml.indexOf("<sheetData>");
						out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
						byte[] blanks = new byte[1 << 20];
						Arrays.fill(blanks, (byte) ' ');
						for (int i = 0; i < 50; i++) {
							out.write(blanks);
						}
						out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
					}
					else {
						out.write(content);
					}
				}
				out.closeEntry();
			}
		}
		assertThat(Files.size(bomb)).isLessThan(1 << 20);
		assertUnreadable(bomb, "Zip bomb detected");
	}

	@Test
	void aFileOverTheSizeCapIsNotOpened() {
		assertThatThrownBy(() -> new VerdictReader(1000).read(this.written))
			.isInstanceOf(UnreadableWorkbookException.class)
			.hasMessageContaining("over the limit");
	}

	@Test
	void aVerdictOrNoteLongerThanItsColumnIsClippedAndSaidSo() throws Exception {
		// given a Note of 19,016 characters and a Verdict of 250: more than the
		// database's columns hold
		Path edited = edit("long.xlsx", (workbook) -> {
			XSSFSheet findings = workbook.getSheet("Findings");
			findings.getRow(3).createCell(10).setCellValue("x".repeat(250));
			findings.getRow(3).createCell(11).setCellValue("ن".repeat(19_016));
		});

		// when it is read
		VerdictReader.Reading reading = new VerdictReader().read(edited, id -> true);

		// then both are kept, cut to what the columns hold, and the cut is said
		Verdict clipped = reading.rows().stream().filter(v -> v.finding().equals("F-7A8B9C")).findFirst().orElseThrow();
		assertThat(clipped.verdict()).hasSize(200);
		assertThat(clipped.note()).hasSize(16_000);
		assertThat(reading.clipped()).singleElement().asString().contains("2 cell(s) cut");
	}

	@Test
	void aSheetThatExpandsBeyondTheLimitIsRefusedBeforeItIsParsed() throws Exception {
		// given notes of incompressible text that, unpacked, pass the limit (POI's ratio
		// guard does not see them)
		java.util.Random random = new java.util.Random(7);
		Path big = edit("big.xlsx", (workbook) -> {
			XSSFSheet findings = workbook.getSheet("Findings");
			for (int r = 1; r <= 5; r++) {
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < 30_000; i++) {
					text.append((char) ('a' + random.nextInt(26)));
				}
				findings.getRow(r).createCell(11).setCellValue(text.toString());
			}
		});
		VerdictReader.Limits small = new VerdictReader.Limits(64L << 20, 100_000, 1000, 200, 16_000);

		assertThatThrownBy(() -> new VerdictReader(small).read(big, id -> true))
			.isInstanceOf(UnreadableWorkbookException.class)
			.hasMessageContaining("expand to more than 100000 bytes");
		assertThat(new VerdictReader().read(big, id -> true).rows()).isNotEmpty();
	}

	@Test
	void onlyRowsOfTheCorpusFindingsAreKeptWithClearedOnesToo() throws Exception {
		// given a reviewer who cleared the verdict and note of F-1A2B3C
		Path edited = edit("cleared.xlsx", (workbook) -> {
			var row = workbook.getSheet("Findings").getRow(1);
			row.removeCell(row.getCell(10));
			row.removeCell(row.getCell(11));
		});

		// when it is read for a corpus whose findings are F-1A2B3C and F-0D1E2F
		VerdictReader.Reading reading = new VerdictReader().read(edited,
				java.util.Set.of("F-1A2B3C", "F-0D1E2F")::contains);

		// then only those two rows are kept, the cleared one included (it withdraws a
		// verdict), the rest counted
		assertThat(reading.rows()).extracting(Verdict::finding).containsExactly("F-1A2B3C", "F-0D1E2F");
		assertThat(reading.rows().get(0).verdict()).isEmpty();
		assertThat(reading.verdicts()).isEmpty();
		assertThat(reading.ignored()).isEqualTo(3);
	}

	@Test
	void rowsBeyondTheLimitAreIgnoredAndSaidSo() throws Exception {
		VerdictReader.Limits two = new VerdictReader.Limits(64L << 20, 128L << 20, 2, 200, 16_000);

		VerdictReader.Reading reading = new VerdictReader(two).read(this.written, id -> true);

		assertThat(reading.rows()).hasSize(2);
		assertThat(reading.clipped()).containsExactly("rows after the first 2 ignored");
	}

	private static void assertUnreadable(Path file, String reason) {
		assertThatThrownBy(() -> new VerdictReader().read(file)).isInstanceOf(UnreadableWorkbookException.class)
			.hasMessageContaining(reason)
			.message()
			.doesNotContain("\n");
		assertThat(file).exists();
	}

}
