package org.mizan.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the reviewer's verdicts back from a workbook they edited: the {@code Finding}, {@code Verdict},
 * {@code Note} and {@code Values} columns of {@code Findings} (and its {@code Findings (n)} continuations), found by
 * header name. Only that sheet is parsed, as a stream. Formulas are never evaluated: a formula cell gives its cached
 * value, or nothing. A file that is not a workbook, truncated, too large, a zip bomb or without the sheet or headers
 * raises {@link UnreadableWorkbookException}.
 */
public class VerdictReader {

	static final long DEFAULT_MAX_FILE_BYTES = 256L * 1024 * 1024;

	/** A sheet whose XML expands more than 100 times its compressed size is refused (POI's zip-bomb guard). */
	static final double MIN_INFLATE_RATIO = 0.01;

	static final long MAX_ENTRY_BYTES = 1024L * 1024 * 1024;

	private static final Pattern FINDINGS_SHEET = Pattern.compile("Findings( \\(\\d+\\))?");

	private final long maxFileBytes;

	public VerdictReader() {
		this(DEFAULT_MAX_FILE_BYTES);
	}

	VerdictReader(long maxFileBytes) {
		this.maxFileBytes = maxFileBytes;
	}

	/** The findings the reviewer gave a verdict or a note, in sheet order. */
	public List<Verdict> read(Path workbook) throws UnreadableWorkbookException {
		checkSize(workbook);
		guardAgainstZipBombs();
		List<Verdict> verdicts = new ArrayList<>();
		boolean found = false;
		try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					if (FINDINGS_SHEET.matcher(sheets.getSheetName()).matches()) {
						found = true;
						FindingsRowHandler rows = new FindingsRowHandler(sheets.getSheetName());
						parse(sheet, new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, false));
						verdicts.addAll(rows.verdicts());
					}
				}
			}
		}
		catch (FindingsRowHandler.MissingHeaderException ex) {
			throw new UnreadableWorkbookException(workbook.getFileName() + ": " + ex.getMessage());
		}
		catch (IOException | SAXException | ParserConfigurationException | RuntimeException
				| org.apache.poi.openxml4j.exceptions.OpenXML4JException ex) {
			throw new UnreadableWorkbookException(workbook.getFileName() + ": not a readable workbook ("
					+ oneLine(ex) + ")", ex);
		}
		if (!found) {
			throw new UnreadableWorkbookException(workbook.getFileName() + ": no Findings sheet");
		}
		return verdicts;
	}

	private void checkSize(Path workbook) throws UnreadableWorkbookException {
		try {
			long size = Files.size(workbook);
			if (size > this.maxFileBytes) {
				throw new UnreadableWorkbookException(workbook.getFileName() + ": " + size + " bytes, over the limit of "
						+ this.maxFileBytes);
			}
		}
		catch (IOException ex) {
			throw new UnreadableWorkbookException(workbook.getFileName() + ": cannot read (" + oneLine(ex) + ")", ex);
		}
	}

	private static void guardAgainstZipBombs() {
		if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
			ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		}
		if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
			ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
		}
	}

	private static void parse(InputStream sheet, XSSFSheetXMLHandler handler)
			throws IOException, SAXException, ParserConfigurationException {
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(handler);
		parser.parse(new InputSource(sheet));
	}

	private static String oneLine(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		message = message.replaceAll("\\s+", " ").trim();
		return message.length() > 200 ? message.substring(0, 200) + "…" : message;
	}

}
