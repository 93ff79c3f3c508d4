package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mizan.corpus.Corpus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.test.context.TestPropertySource;

/**
 * Bad input never stops the run and never loses the rest: each file is read correctly or
 * listed as SKIPPED.
 */
@TestPropertySource(properties = "mizan.max-article-bytes=64KB")
class BadInputCorpusTests extends JobTestSupport {

	@Test
	void everyBadFileIsReadCorrectlyOrSkippedWithItsReason() throws Exception {
		// given a corpus with one good seed article and every kind of bad input
		Path corpus = Files.createDirectories(work.resolve("bad"));
		String seed = Files.readString(Path.of("seeds/001_e85d572737d7dca8.txt"), StandardCharsets.UTF_8);
		Files.writeString(corpus.resolve("a-good.txt"), seed, StandardCharsets.UTF_8);
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		Files.write(corpus.resolve("b-bom.txt"), concat(bom, "وقع 46 بروتوكولًا.".getBytes(StandardCharsets.UTF_8)));
		Files.writeString(corpus.resolve("c-crlf.txt"), "عنوان\r\nوصل 300 مقاتل.\r\n", StandardCharsets.UTF_8);
		Files.write(corpus.resolve("d-utf16.txt"), concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				"أرسلت 3000 مقاتل.".getBytes(StandardCharsets.UTF_16LE)));
		Files.write(corpus.resolve("e-invalid.txt"), new byte[] { 'a', (byte) 0xC3, (byte) 0x28, 'b' });
		Files.write(corpus.resolve("f-binary.txt"), new byte[] { 0, 1, 2, 3, 0, 0, 7, 8 });
		Files.write(corpus.resolve("g-empty.txt"), new byte[0]);
		Files.writeString(corpus.resolve("h-large.txt"), "ا".repeat(70_000), StandardCharsets.UTF_8);
		Files.writeString(corpus.resolve("i-page.html"),
				"<html><head><title>عنوان</title><script>var x=5;</script></head><body><p>قتل 117 شخصا.</p></body></html>",
				StandardCharsets.UTF_8);
		Files.createDirectories(corpus.resolve("loop"));
		Files.createSymbolicLink(corpus.resolve("loop").resolve("back"), corpus);
		Files.createSymbolicLink(corpus.resolve("j-dangling.txt"), corpus.resolve("nowhere.txt"));

		// when it is run
		RunOutcome outcome = launcher.runOnDemand(new Corpus("bad", corpus));

		// then the run completes, says it skipped some, and lists every file with its
		// status and reason
		assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(outcome.exitCode()).isEqualTo(RunOutcome.DONE_WITH_SKIPS);
		WorkbookRows wb = WorkbookRows.read(Path.of(outcome.reportPath()));
		Map<String, String> status = wb.sheet("Articles")
			.stream()
			.collect(Collectors.toMap(a -> (String) a.get("File"),
					a -> a.get("Status") + (a.get("Reason") == null ? "" : ": " + a.get("Reason"))));
		assertThat(status).containsEntry("a-good.txt", "OK")
			.containsEntry("b-bom.txt", "OK")
			.containsEntry("c-crlf.txt", "OK")
			.containsEntry("d-utf16.txt", "OK")
			.containsEntry("i-page.html", "OK")
			.containsEntry("f-binary.txt", "SKIPPED: binary file")
			.containsEntry("g-empty.txt", "SKIPPED: empty");
		assertThat(status.get("e-invalid.txt")).startsWith("SKIPPED: invalid UTF-8");
		assertThat(status.get("h-large.txt")).startsWith("SKIPPED: too large");
		assertThat(status.get("j-dangling.txt")).startsWith("SKIPPED: unreadable");
		assertThat(status.keySet()).anySatisfy(name -> assertThat(name).startsWith("loop"));

		// and the facts of the readable files are there, offsets into the text as decoded
		// (BOM excluded)
		assertThat(wb.sheet("Facts")).anySatisfy(f -> {
			assertThat(f.get("Article")).isEqualTo("b-bom.txt");
			assertThat(f.get("Value")).isEqualTo(46.0);
			assertThat(f.get("Start")).isEqualTo(4.0);
		});
		assertThat(wb.sheet("Facts")).anySatisfy(f -> {
			assertThat(f.get("Article")).isEqualTo("c-crlf.txt");
			assertThat(f.get("Line")).isEqualTo(2.0);
		});
		assertThat(wb.sheet("Facts")).anySatisfy(f -> assertThat(f.get("Article")).isEqualTo("d-utf16.txt"));
		assertThat(wb.sheet("Facts")).anySatisfy(f -> assertThat(f.get("Article")).isEqualTo("i-page.html"));
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] out = new byte[a.length + b.length];
		System.arraycopy(a, 0, out, 0, a.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

}
