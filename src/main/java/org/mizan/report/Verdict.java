package org.mizan.report;

/**
 * A reviewer's verdict and note on a finding, as read back from a workbook they edited.
 *
 * @param values the finding's {@code Values} cell when the verdict was given, to notice later changes
 */
public record Verdict(String finding, String verdict, String note, String values) {
}
