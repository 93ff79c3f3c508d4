package org.mizan.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook read back with POI, sheet by sheet, each row keyed by its header, as a
 * reviewer's tool reads it.
 */
record WorkbookRows(List<String> sheetNames, Map<String, List<String>> headers,
		Map<String, List<Map<String, Object>>> rows) {

	static WorkbookRows read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
			List<String> names = new ArrayList<>();
			Map<String, List<String>> headers = new LinkedHashMap<>();
			Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
			for (Sheet sheet : wb) {
				names.add(sheet.getSheetName());
				List<String> head = new ArrayList<>();
				Row first = sheet.getRow(0);
				if (first != null) {
					for (int c = 0; c < first.getLastCellNum(); c++) {
						Cell cell = first.getCell(c);
						head.add(cell == null ? "" : cell.toString().strip());
					}
				}
				headers.put(sheet.getSheetName(), head);
				List<Map<String, Object>> data = new ArrayList<>();
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					if (row == null) {
						continue;
					}
					Map<String, Object> values = new LinkedHashMap<>();
					for (int c = 0; c < head.size(); c++) {
						values.put(head.get(c), value(row.getCell(c)));
					}
					data.add(values);
				}
				rows.put(sheet.getSheetName(), data);
			}
			return new WorkbookRows(names, headers, rows);
		}
	}

	List<Map<String, Object>> sheet(String name) {
		return rows.getOrDefault(name, List.of());
	}

	private static Object value(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return cell.getNumericCellValue();
		}
		if (cell.getCellType() == CellType.BOOLEAN) {
			return cell.getBooleanCellValue();
		}
		String s = cell.getStringCellValue();
		return s.isEmpty() ? null : s;
	}

}
