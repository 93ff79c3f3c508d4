package org.mizan.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the reviewer's verdicts back from a workbook they edited: the {@code Finding},
 * {@code Verdict}, {@code Note} and {@code Values} columns of {@code Findings} (and its
 * {@code Findings (n)} continuations), found by header name. Only that sheet (and the
 * shared strings it refers to) is parsed, as a stream, and only within {@link Limits}:
 * the file's size, and the uncompressed size of the parts to parse, are checked before
 * anything is parsed; rows and cells beyond the limits are clipped and said so in
 * {@link Reading#clipped}. Formulas are never evaluated: a formula cell gives its cached
 * value, or nothing. A file that is not a workbook, truncated, too large, a zip bomb or
 * without the sheet or headers raises {@link UnreadableWorkbookException}.
 */
public class VerdictReader {

	/**
	 * The bounds a reviewer workbook is read within.
	 *
	 * @param maxFileBytes the file as saved
	 * @param maxPartBytes the uncompressed XML of the Findings sheets and the shared
	 * strings, together
	 * @param maxRows the rows of the Findings sheets, together
	 * @param maxVerdictChars the longest Verdict kept (the database column holds 200)
	 * @param maxTextChars the longest Note or Values kept (the database columns hold
	 * 16,000)
	 */
	public record Limits(long maxFileBytes, long maxPartBytes, int maxRows, int maxVerdictChars, int maxTextChars) {

		public static final Limits DEFAULT = new Limits(64L << 20, 128L << 20, 1_048_576, 200, 16_000);

	}

	/**
	 * What a workbook holds for the findings asked about.
	 *
	 * @param rows one per Findings row of a wanted finding, also those whose Verdict and
	 * Note are empty (a withdrawn verdict)
	 * @param ignored rows naming a finding that was not wanted (not a finding of the
	 * corpus)
	 * @param clipped what was cut to stay within the limits, one phrase each (empty when
	 * nothing was)
	 * @param created when the workbook was first written (its document properties; copies
	 * and edits keep it), or null when it does not say
	 */
	public record Reading(List<Verdict> rows, long ignored, List<String> clipped, java.time.Instant created) {

		/** The rows with a verdict or a note. */
		public List<Verdict> verdicts() {
			return rows.stream().filter(v -> !v.verdict().isEmpty() || !v.note().isEmpty()).toList();
		}

	}

	/**
	 * A sheet whose XML expands more than 100 times its compressed size is refused (POI's
	 * zip-bomb guard).
	 */
	static final double MIN_INFLATE_RATIO = 0.01;

	static final long MAX_ENTRY_BYTES = 1024L * 1024 * 1024;

	/** No cell is held longer than Excel's own limit, however long the XML makes it. */
	static final int MAX_CELL_CHARS = 32_767;

	private static final Pattern FINDINGS_SHEET = Pattern.compile("Findings( \\(\\d+\\))?");

	private final Limits limits;

	public VerdictReader() {
		this(Limits.DEFAULT);
	}

	VerdictReader(long maxFileBytes) {
		this(new Limits(maxFileBytes, Limits.DEFAULT.maxPartBytes(), Limits.DEFAULT.maxRows(),
				Limits.DEFAULT.maxVerdictChars(), Limits.DEFAULT.maxTextChars()));
	}

	public VerdictReader(Limits limits) {
		this.limits = limits;
	}

	/** The findings the reviewer gave a verdict or a note, in sheet order. */
	public List<Verdict> read(Path workbook) throws UnreadableWorkbookException {
		return read(workbook, id -> true).verdicts();
	}

	/** Every row of the wanted findings, in sheet order, within the limits. */
	public Reading read(Path workbook, Predicate<String> wanted) throws UnreadableWorkbookException {
		checkSize(workbook);
		guardAgainstZipBombs();
		try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			List<PackagePart> sheets = findingsSheets(reader);
			List<String> names = new ArrayList<>();
			for (PackagePart sheet : sheets) {
				names.add(sheet.getPartName().getName());
			}
			if (sheets.isEmpty()) {
				throw new UnreadableWorkbookException(workbook.getFileName() + ": no Findings sheet");
			}
			List<PackagePart> parts = new ArrayList<>(sheets);
			parts.addAll(pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType()));
			checkUncompressed(workbook, parts);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			FindingsRowHandler.Budget budget = new FindingsRowHandler.Budget(limits, wanted);
			XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (iterator.hasNext()) {
				try (InputStream sheet = iterator.next()) {
					if (names.contains(iterator.getSheetPart().getPartName().getName())) {
						FindingsRowHandler rows = new FindingsRowHandler(iterator.getSheetName(), budget);
						parse(sheet, new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, false));
						rows.finish();
					}
				}
			}
			java.util.Date created = pkg.getPackageProperties().getCreatedProperty().orElse(null);
			return new Reading(List.copyOf(budget.rows()), budget.ignored(), budget.clipped(),
					created == null ? null : created.toInstant());
		}
		catch (FindingsRowHandler.MissingHeaderException ex) {
			throw new UnreadableWorkbookException(workbook.getFileName() + ": " + ex.getMessage());
		}
		catch (IOException | SAXException | ParserConfigurationException | RuntimeException
				| org.apache.poi.openxml4j.exceptions.OpenXML4JException ex) {
			throw new UnreadableWorkbookException(
					workbook.getFileName() + ": not a readable workbook (" + oneLine(ex) + ")", ex);
		}
	}

	private static List<PackagePart> findingsSheets(XSSFReader reader)
			throws IOException, org.apache.poi.openxml4j.exceptions.OpenXML4JException {
		List<PackagePart> parts = new ArrayList<>();
		XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		while (sheets.hasNext()) {
			sheets.next().close();
			if (FINDINGS_SHEET.matcher(sheets.getSheetName()).matches()) {
				parts.add(sheets.getSheetPart());
			}
		}
		return parts;
	}

	/**
	 * Inflates the parts to be parsed, without parsing them, and refuses the workbook
	 * when they are too large.
	 */
	private void checkUncompressed(Path workbook, List<PackagePart> parts)
			throws IOException, UnreadableWorkbookException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		for (PackagePart part : parts) {
			try (InputStream in = part.getInputStream()) {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					total += n;
					if (total > limits.maxPartBytes()) {
						throw new UnreadableWorkbookException(workbook.getFileName() + ": its Findings sheet and "
								+ "texts expand to more than " + limits.maxPartBytes() + " bytes (the limit)");
					}
				}
			}
		}
	}

	private void checkSize(Path workbook) throws UnreadableWorkbookException {
		try {
			long size = Files.size(workbook);
			if (size > limits.maxFileBytes()) {
				throw new UnreadableWorkbookException(
						workbook.getFileName() + ": " + size + " bytes, over the limit of " + limits.maxFileBytes());
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
		parser.setContentHandler(new ClippedText(handler, MAX_CELL_CHARS));
		parser.parse(new InputSource(sheet));
	}

	static String oneLine(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		message = message.replaceAll("\\s+", " ").trim();
		return message.length() > 200 ? message.substring(0, 200) + "…" : message;
	}

}
