package org.mizan.report;

/**
 * Whether the {@code Values} a reviewer's workbook showed are the values a finding has
 * now: the stored text, or the text the {@code Findings} sheet shows for it (dates
 * written out, left-to-right runs isolated). A verdict recorded on other values is to be
 * reviewed again.
 */
public final class ShownValues {

	private ShownValues() {
	}

	public static boolean same(String shown, String stored, DateWriting dates) {
		if (shown == null || stored == null) {
			return shown == stored;
		}
		String plain = BidiText.strip(shown).strip();
		return plain.equals(stored.strip()) || plain.equals(BidiText.strip(dates.writeValues(stored)).strip());
	}

}
