package org.mizan.report;

/**
 * A reviewer's verdict and note on a finding, as read back from a workbook they edited.
 *
 * @param values the finding's {@code Values} cell when the verdict was given, to notice
 * later changes
 */
public record Verdict(String finding, String verdict, String note, String values) {

	/** Whether the verdict is empty or one of the drop-down's choices. */
	public boolean isListed() {
		return isListed(verdict);
	}

	/** Whether a verdict is empty or one of the drop-down's choices. */
	public static boolean isListed(String verdict) {
		return verdict == null || verdict.isEmpty() || FindingsSheet.VERDICTS.contains(verdict);
	}

}
