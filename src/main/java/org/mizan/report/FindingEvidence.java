package org.mizan.report;

import java.util.List;

/**
 * A finding with the evidence of its first facts (or statements), and how many it has in
 * all.
 */
public record FindingEvidence(FindingRow finding, List<Evidence> evidence, int total) {
}
