package org.mizan.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleReaderTests {

	private static final String ARTICLE = "عنوان الخبر\nقال المرصد إن 117 مقاتلا قتلوا.\n";

	@TempDir
	Path dir;

	private final ArticleReader reader = new ArticleReader();

	@Test
	void readsUtf8WithChecksumLengthAndTitle() throws Exception {
		byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
		DecodedArticle article = read("a.txt", bytes);
		assertThat(article.status()).isEqualTo(ArticleStatus.OK);
		assertThat(article.reason()).isNull();
		assertThat(article.text()).isEqualTo(ARTICLE);
		assertThat(article.title()).isEqualTo("عنوان الخبر");
		assertThat(article.byteLength()).isEqualTo(bytes.length);
		assertThat(article.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		assertThat(article.name()).isEqualTo("a.txt");
	}

	@Test
	void dropsUtf8ByteOrderMarkSoOffsetsStartAtTheText() throws IOException {
		DecodedArticle article = read("bom.txt",
				concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, ARTICLE.getBytes(StandardCharsets.UTF_8)));
		assertThat(article.text()).isEqualTo(ARTICLE);
		assertThat(article.text().indexOf("117")).isEqualTo(ARTICLE.indexOf("117"));
		assertThat(article.byteLength()).isEqualTo(ARTICLE.getBytes(StandardCharsets.UTF_8).length + 3);
	}

	@Test
	void keepsCrlfLineEndsExactly() throws IOException {
		String crlf = "عنوان الخبر\r\nالفقرة الأولى 3000 مقاتل\r\n";
		DecodedArticle article = read("crlf.txt", crlf.getBytes(StandardCharsets.UTF_8));
		assertThat(article.text()).isEqualTo(crlf);
		assertThat(article.title()).isEqualTo("عنوان الخبر");
	}

	@Test
	void decodesUtf16WithByteOrderMark() throws IOException {
		DecodedArticle little = read("le.txt",
				concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, ARTICLE.getBytes(StandardCharsets.UTF_16LE)));
		DecodedArticle big = read("be.txt",
				concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, ARTICLE.getBytes(StandardCharsets.UTF_16BE)));
		assertThat(little.text()).isEqualTo(ARTICLE);
		assertThat(big.text()).isEqualTo(ARTICLE);
	}

	@Test
	void skipsInvalidUtf8AndSaysWhere() throws IOException {
		byte[] good = "نص سليم ".getBytes(StandardCharsets.UTF_8);
		// windows-1256 bytes are not UTF-8
		DecodedArticle article = read("cp1256.txt", concat(good, new byte[] { (byte) 0xC7, (byte) 0xE1, 0x20 }));
		assertThat(article.status()).isEqualTo(ArticleStatus.SKIPPED);
		assertThat(article.reason()).isEqualTo("invalid UTF-8 at byte " + good.length);
		assertThat(article.text()).isNull();
		assertThat(article.sha256()).hasSize(64);
	}

	@Test
	void readsArabicInTheLegacyCodePagesArabicSitesServe() throws IOException {
		// a whole seed article, as a site serving Windows-1256 or ISO-8859-6 would send
		// it
		String seed = Files.readString(Path.of("seeds/001_e85d572737d7dca8.txt"), StandardCharsets.UTF_8);
		String plain = seed.replaceAll("[^\\u0600-\\u06FF0-9 \\n.]", " ");
		DecodedArticle windows = read("cp1256.txt", seed.getBytes(java.nio.charset.Charset.forName("windows-1256")));
		DecodedArticle iso = read("iso.txt", plain.getBytes(java.nio.charset.Charset.forName("ISO-8859-6")));

		assertThat(windows.status()).as(windows.reason()).isEqualTo(ArticleStatus.OK);
		assertThat(windows.text()).isEqualTo(new String(seed.getBytes(java.nio.charset.Charset.forName("windows-1256")),
				java.nio.charset.Charset.forName("windows-1256")));
		assertThat(windows.text()).contains("46 بروتوكول");
		assertThat(iso.status()).as(iso.reason()).isEqualTo(ArticleStatus.OK);
		assertThat(iso.text()).isEqualTo(plain);
	}

	@Test
	void aStrayNulByteDoesNotDropTheArticle() throws IOException {
		byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
		byte[] withNul = concat(java.util.Arrays.copyOf(text, 10),
				concat(new byte[] { 0 }, java.util.Arrays.copyOfRange(text, 10, text.length)));

		DecodedArticle article = read("nul-inside.txt", withNul);

		assertThat(article.status()).as(article.reason()).isEqualTo(ArticleStatus.OK);
		assertThat(article.text()).doesNotContain("\u0000").contains("117 مقاتلا");
		assertThat(article.text()).hasSize(new String(withNul, StandardCharsets.UTF_8).length());
	}

	@Test
	void skipsBinaryFiles() throws IOException {
		assertThat(read("nul.txt", new byte[] { 'a', 'b', 0, 'c', 0x01, 0x02 }).reason()).isEqualTo("binary file");
		byte[] controls = new byte[100];
		for (int i = 0; i < controls.length; i++) {
			controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'x');
		}
		assertThat(read("controls.txt", controls).reason()).isEqualTo("binary file");
	}

	@Test
	void skipsEmptyAndWhitespaceOnlyFiles() throws IOException {
		assertThat(read("empty.txt", new byte[0]).reason()).isEqualTo("empty");
		assertThat(read("blank.txt", " \n\t\r\n \u00A0\u200F".getBytes(StandardCharsets.UTF_8)).reason())
			.isEqualTo("empty");
		assertThat(read("bom-only.txt", new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }).reason())
			.isEqualTo("empty");
	}

	@Test
	void skipsFilesOverTheLimitBeforeReadingThem() throws IOException {
		ArticleReader small = new ArticleReader(10);
		Path file = write("big.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
		DecodedArticle article = small.read(file, "big.txt");
		long size = Files.size(file);
		assertThat(article.status()).isEqualTo(ArticleStatus.SKIPPED);
		assertThat(article.reason()).isEqualTo("too large (" + size + " bytes > 10)");
		assertThat(article.byteLength()).isEqualTo(size);
		assertThat(article.sha256()).isNull();
	}

	@Test
	void extractsTheTextOfHtmlPages() throws IOException {
		String html = """
				<html><head><title>عنوان الصفحة</title><style>p { color: red }</style>
				<script>var x = "3000";</script></head>
				<body><h1>عنوان الصفحة</h1><div>الفقرة <b>الأولى</b> فيها 3000 مقاتل</div>
				<p>الفقرة الثانية<br>سطر آخر</p><ul><li>بند</li></ul><noscript>فعّل جافاسكربت</noscript></body></html>
				""";
		DecodedArticle article = read("page.html", html.getBytes(StandardCharsets.UTF_8));
		assertThat(article.text())
			.isEqualTo("عنوان الصفحة\nالفقرة الأولى فيها 3000 مقاتل\nالفقرة الثانية\nسطر آخر\nبند");
		assertThat(article.title()).isEqualTo("عنوان الصفحة");
		assertThat(
				read("script-only.htm", "<html><script>x()</script></html>".getBytes(StandardCharsets.UTF_8)).reason())
			.isEqualTo("empty");
	}

	@Test
	void reportsAFolderOrABrokenLinkAsUnreadable() throws IOException {
		Path folder = Files.createDirectory(dir.resolve("folder.txt"));
		assertThat(reader.read(folder, "folder.txt").reason()).isEqualTo("unreadable: is a folder");
		Path link = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("missing.txt"));
		DecodedArticle article = reader.read(link, "dangling.txt");
		assertThat(article.status()).isEqualTo(ArticleStatus.SKIPPED);
		assertThat(article.reason()).isEqualTo("unreadable: broken symbolic link");
	}

	@Test
	void reportsALinkLoopFromTheScannerWithoutTouchingIt() throws IOException {
		Path a = dir.resolve("a.txt");
		Path b = dir.resolve("b.txt");
		Files.createSymbolicLink(a, b);
		Files.createSymbolicLink(b, a);
		assertThat(reader.read(a, "a.txt").reason()).isEqualTo("symbolic-link loop");
		CorpusEntry loop = CorpusEntry.bad("sub", dir.resolve("sub"), "symbolic-link loop");
		assertThat(reader.read(loop).reason()).isEqualTo("symbolic-link loop");
	}

	@Test
	void titleSkipsTheMastheadAndIsCut() throws IOException {
		String page = "الثلاثاء 16 أبريل 2024\nرئيس التحرير\nفلان الفلاني\nعاجل\n\nالعنوان الحقيقي\n\n"
				+ "نص ".repeat(50);
		assertThat(read("m.txt", page.getBytes(StandardCharsets.UTF_8)).title()).isEqualTo("العنوان الحقيقي");
		String longLine = "كلمة ".repeat(100);
		assertThat(read("long.txt", longLine.getBytes(StandardCharsets.UTF_8)).title()).hasSizeLessThanOrEqualTo(201);
	}

	@Test
	void oneReaderServesTwoThreads() throws Exception {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			files.add(write("t" + i + ".txt", (i % 3 == 0 ? "\uFEFF" : "") + ARTICLE + i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<DecodedArticle>> results = new ArrayList<>();
			for (Path file : files) {
				results.add(pool.submit(() -> reader.read(file, file.getFileName().toString())));
			}
			for (int i = 0; i < files.size(); i++) {
				assertThat(results.get(i).get().text()).isEqualTo(ARTICLE + i);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private DecodedArticle read(String name, byte[] bytes) throws IOException {
		return reader.read(write(name, bytes), name);
	}

	private Path write(String name, String text) throws IOException {
		return write(name, text.getBytes(StandardCharsets.UTF_8));
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(dir.resolve(name), bytes);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
