package org.mizan.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each finding's row will be, known before any row is written, so facts can link to
 * their finding and the finding to its first fact although the two sheets are filled one
 * after the other.
 */
final class FindingIndex {

	static final int TOP_DISAGREEMENTS = 5;

	private final Map<String, Integer> ordinalById = new HashMap<>();

	private final Map<String, Block> blocks = new HashMap<>();

	private final List<FindingRow> topDisagreements = new ArrayList<>();

	private final int rowsPerSheet;

	private FindingIndex(int rowLimit) {
		this.rowsPerSheet = rowLimit - 1;
	}

	/** One pass over the findings' ids, in the order they will be written. */
	static FindingIndex of(ReportSource source, int rowLimit) {
		FindingIndex index = new FindingIndex(rowLimit);
		source.findingIds((id) -> index.ordinalById.putIfAbsent(id, index.ordinalById.size()));
		index.topDisagreements.addAll(source.topDisagreements(TOP_DISAGREEMENTS));
		return index;
	}

	/**
	 * The Finding cell of the finding's row in {@code Findings}, or null for an unknown
	 * id.
	 */
	String findingAddress(String id) {
		Integer ordinal = (id != null) ? this.ordinalById.get(id) : null;
		if (ordinal == null) {
			return null;
		}
		String sheet = Table.partName("Findings", ordinal / this.rowsPerSheet);
		return Table.address(sheet, 0, ordinal % this.rowsPerSheet + 1);
	}

	/**
	 * Remembers where a finding's facts are, for findings whose row will carry a link:
	 * the facts come in blocks, one per finding, so the link selects the whole block (its
	 * first row when the block continues on the next sheet).
	 */
	void factWritten(String findingId, String sheet, int row, int lastColumn) {
		Integer ordinal = (findingId != null) ? this.ordinalById.get(findingId) : null;
		if (ordinal == null || ordinal % this.rowsPerSheet >= Table.MAX_LINKS_PER_SHEET) {
			return;
		}
		Block block = this.blocks.get(findingId);
		if (block == null) {
			this.blocks.put(findingId, new Block(sheet, row, row, lastColumn));
		}
		else if (block.sheet().equals(sheet) && block.lastRow() == row - 1) {
			this.blocks.put(findingId, new Block(sheet, block.firstRow(), row, lastColumn));
		}
	}

	/**
	 * The finding's facts as a range, e.g. {@code 'Facts'!A5:R7}, or its one fact's cell;
	 * null when none.
	 */
	String factsAddress(String findingId) {
		Block block = this.blocks.get(findingId);
		if (block == null) {
			return null;
		}
		String first = Table.address(block.sheet(), 0, block.firstRow());
		return block.lastRow() == block.firstRow() ? first
				: first + ":" + org.apache.poi.ss.util.CellReference.convertNumToColString(block.lastColumn())
						+ (block.lastRow() + 1);
	}

	private record Block(String sheet, int firstRow, int lastRow, int lastColumn) {
	}

	List<FindingRow> topDisagreements() {
		return this.topDisagreements;
	}

}
