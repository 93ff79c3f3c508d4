package org.mizan.report;

import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * A streaming workbook that keeps rich text. Plain SXSSF writes strings inline and drops formatting runs unless it
 * keeps a shared-strings table in memory, which a million evidence sentences would not fit. This one writes the runs
 * inline ({@code <is><r><rPr/><t/></r></is>}), which Excel, LibreOffice and POI all read.
 */
class RichInlineWorkbook extends SXSSFWorkbook {

	RichInlineWorkbook(int rowWindow) {
		super(rowWindow);
		setCompressTempFiles(true);
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new RichWriter();
	}

	private static final class RichWriter extends GZIPSheetDataWriter {

		RichWriter() throws IOException {
			super();
		}

		@Override
		public void writeCell(int column, Cell cell) throws IOException {
			if (cell != null && cell.getCellType() == CellType.STRING
					&& cell.getRichStringCellValue() instanceof XSSFRichTextString rich && rich.numFormattingRuns() > 0) {
				writeRich(column, cell, rich);
			}
			else {
				super.writeCell(column, cell);
			}
		}

		private void writeRich(int column, Cell cell, XSSFRichTextString rich) throws IOException {
			_out.write("<c r=\"" + new CellReference(cell.getRowIndex(), column).formatAsString() + "\"");
			int style = cell.getCellStyle().getIndex() & 0xffff;
			if (style != 0) {
				_out.write(" s=\"" + style + "\"");
			}
			_out.write(" t=\"inlineStr\"><is>");
			String text = rich.getString();
			for (int i = 0; i < rich.numFormattingRuns(); i++) {
				int start = rich.getIndexOfFormattingRun(i);
				int end = Math.min(text.length(), start + rich.getLengthOfFormattingRun(i));
				_out.write("<r>");
				writeRunProperties(rich.getFontOfFormattingRun(i));
				_out.write("<t xml:space=\"preserve\">");
				outputEscapedString(text.substring(start, end));
				_out.write("</t></r>");
			}
			_out.write("</is></c>");
		}

		private void writeRunProperties(XSSFFont font) throws IOException {
			if (font == null) {
				return;
			}
			// CT_RPrElt wants its children in schema order: rFont, b, color, sz
			_out.write("<rPr>");
			if (font.getFontName() != null) {
				_out.write("<rFont val=\"" + font.getFontName() + "\"/>");
			}
			if (font.getBold()) {
				_out.write("<b/>");
			}
			XSSFColor color = font.getXSSFColor();
			if (color != null && color.getARGBHex() != null) {
				_out.write("<color rgb=\"" + color.getARGBHex() + "\"/>");
			}
			_out.write("<sz val=\"" + font.getFontHeightInPoints() + "\"/>");
			_out.write("</rPr>");
		}

	}

}
