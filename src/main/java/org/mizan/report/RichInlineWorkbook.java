package org.mizan.report;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * A streaming workbook that keeps rich text. Plain SXSSF writes strings inline and drops
 * formatting runs unless it keeps a shared-strings table in memory, which a million
 * evidence sentences would not fit. This one writes a {@link Highlighted} text's runs
 * inline ({@code <is><r><rPr/><t/></r></is>}), which Excel, LibreOffice and POI all read.
 * <p>
 * Both the temporary sheet files and the workbook are deflated at the fastest level: the
 * XML compresses nearly as well, and the default level made compression half of the time
 * spent writing.
 */
class RichInlineWorkbook extends SXSSFWorkbook {

	/**
	 * Cells in these styles hold a {@link Highlighted} text; asking any other cell for
	 * rich text would build one.
	 */
	private final java.util.Set<Short> richStyles = new java.util.HashSet<>();

	RichInlineWorkbook(int rowWindow) {
		super(rowWindow);
		setCompressTempFiles(true);
	}

	void writeRunsOf(CellStyle style) {
		this.richStyles.add(style.getIndex());
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new RichWriter();
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
	}

	private final class RichWriter extends GZIPSheetDataWriter {

		private final Map<XSSFFont, String> runProperties = new IdentityHashMap<>();

		RichWriter() throws IOException {
			super();
		}

		@Override
		protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
			return new GZIPOutputStream(file, 64 * 1024) {
				{
					def.setLevel(Deflater.BEST_SPEED);
				}
			};
		}

		@Override
		public void writeCell(int column, Cell cell) throws IOException {
			if (cell != null && cell.getCellType() == CellType.STRING
					&& richStyles.contains(cell.getCellStyle().getIndex())
					&& cell.getRichStringCellValue() instanceof Highlighted highlighted) {
				writeHighlighted(column, cell, highlighted);
			}
			else {
				super.writeCell(column, cell);
			}
		}

		private void writeHighlighted(int column, Cell cell, Highlighted text) throws IOException {
			_out.write("<c r=\"");
			_out.write(new CellReference(cell.getRowIndex(), column).formatAsString());
			_out.write('"');
			int style = cell.getCellStyle().getIndex() & 0xffff;
			if (style != 0) {
				_out.write(" s=\"");
				_out.write(Integer.toString(style));
				_out.write('"');
			}
			_out.write(" t=\"inlineStr\"><is>");
			String string = text.getString();
			int at = 0;
			for (Highlighted.Part part : text.parts()) {
				writeRun(string.substring(at, part.start()), null);
				writeRun(string.substring(part.start(), part.end()), part.font());
				at = part.end();
			}
			writeRun(string.substring(at), null);
			_out.write("</is></c>");
		}

		private void writeRun(String part, XSSFFont font) throws IOException {
			if (part.isEmpty()) {
				return;
			}
			_out.write("<r>");
			if (font != null) {
				_out.write(this.runProperties.computeIfAbsent(font, RichInlineWorkbook::runProperties));
			}
			_out.write("<t xml:space=\"preserve\">");
			outputEscapedString(part);
			_out.write("</t></r>");
		}

	}

	/** CT_RPrElt wants its children in schema order: rFont, b, color, sz. */
	private static String runProperties(XSSFFont font) {
		StringBuilder xml = new StringBuilder("<rPr>");
		if (font.getFontName() != null) {
			xml.append("<rFont val=\"").append(font.getFontName()).append("\"/>");
		}
		if (font.getBold()) {
			xml.append("<b/>");
		}
		XSSFColor color = font.getXSSFColor();
		if (color != null && color.getARGBHex() != null) {
			xml.append("<color rgb=\"").append(color.getARGBHex()).append("\"/>");
		}
		return xml.append("<sz val=\"").append(font.getFontHeightInPoints()).append("\"/></rPr>").toString();
	}

}
