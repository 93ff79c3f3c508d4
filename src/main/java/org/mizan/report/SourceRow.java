package org.mizan.report;

/**
 * One row of the {@code Sources} sheet.
 *
 * @param cites the sources this one relays, one per line
 * @param citedBy the sources or articles that relay this one, one per line
 */
public record SourceRow(String name, String type, int articles, int facts, String cites, String citedBy) {
}
