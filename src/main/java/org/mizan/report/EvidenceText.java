package org.mizan.report;

/**
 * The {@code Evidence} cell of a {@code Findings} row: per fact, where it was read
 * (outlet, file) and who states it, then its sentence with the quantity marked, preceded
 * (in grey) by the earlier sentence that says what a bare number counts. Long sentences
 * are cut to a window around the quantity.
 */
final class EvidenceText {

	/** Characters kept on each side of the quantity in a long sentence. */
	static final int WINDOW = 160;

	private EvidenceText() {
	}

	static Highlighted of(FindingEvidence finding, WorkbookStyles styles) {
		Highlighted.Builder text = new Highlighted.Builder();
		for (Evidence e : finding.evidence()) {
			if (text.length() > 0) {
				text.append("\n");
			}
			text.append(BidiText.isolate(where(e)) + "\n", styles.evidenceLabel);
			if (e.context() != null && !e.context().isBlank()) {
				text.append(tail(e.context().strip()) + " ", styles.context);
			}
			appendSentence(text, e, styles);
			if (text.length() > Table.MAX_CELL_CHARS / 2) {
				break;
			}
		}
		int more = finding.total() - finding.evidence().size();
		if (more > 0) {
			text.append("\n… +" + more + " (Facts)", styles.evidenceLabel);
		}
		return text.build();
	}

	/** {@code outlet · file — source}, leaving out what is not known or says the same. */
	private static String where(Evidence e) {
		StringBuilder where = new StringBuilder();
		if (e.outlet() != null && !e.outlet().isBlank()) {
			where.append(e.outlet().strip()).append(" · ");
		}
		where.append(e.article());
		if (e.source() != null && !e.source().isBlank() && !e.source().equals(e.outlet())) {
			where.append(" — ").append(e.source().strip());
		}
		return where.toString();
	}

	private static void appendSentence(Highlighted.Builder text, Evidence e, WorkbookStyles styles) {
		String sentence = e.sentence() == null ? "" : e.sentence();
		int start = e.markStart();
		int end = e.markEnd();
		if (start < 0 || start >= end || end > sentence.length()) {
			text.append(head(sentence));
			return;
		}
		int from = Math.max(0, start - WINDOW);
		int to = Math.min(sentence.length(), end + WINDOW);
		String before = (from > 0 ? "…" : "") + sentence.substring(from, start);
		String after = sentence.substring(end, to) + (to < sentence.length() ? "…" : "");
		text.append(before).append(sentence.substring(start, end), styles.highlight).append(after);
	}

	private static String head(String sentence) {
		return sentence.length() <= 2 * WINDOW ? sentence : sentence.substring(0, 2 * WINDOW) + "…";
	}

	private static String tail(String sentence) {
		return sentence.length() <= WINDOW ? sentence : "…" + sentence.substring(sentence.length() - WINDOW);
	}

}
