package org.mizan.report;

/**
 * One row of the {@code Articles} sheet.
 *
 * @param copyOf the file this article is a near-duplicate (syndicated copy) of, or null
 */
public record ArticleRow(String file, String title, String outlet, String sha256, int characters, int facts,
		String status, String reason, String copyOf) {
}
