package org.mizan.report;

import java.util.Map;

/**
 * One row of the {@code Matrix} sheet: a finding with more than one source, its value per
 * article file.
 */
public record MatrixRow(String finding, String status, String what, Map<String, String> cellByArticle) {
}
