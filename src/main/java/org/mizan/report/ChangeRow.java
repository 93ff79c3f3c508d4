package org.mizan.report;

/**
 * One row of the {@code Changes} sheet: a finding new, changed or gone since the previous
 * run.
 */
public record ChangeRow(String finding, String change, String what, String before, String after) {
}
