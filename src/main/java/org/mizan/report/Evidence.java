package org.mizan.report;

/**
 * What a reviewer needs beside a finding to judge one of its values: where it was read
 * (the article's outlet and file), who states it, and the sentence with the quantity
 * marked.
 *
 * @param outlet the article's outlet, or null when not known
 * @param source who the value is attributed to, or null when the article states it on its
 * own authority
 * @param markStart start of the quantity (or statement) in {@code sentence}; out of range
 * when not placed
 * @param context the earlier sentence that says what the number counts, or null
 */
public record Evidence(String article, String outlet, String source, String sentence, int markStart, int markEnd,
		String context) {

	static Evidence of(FactRow fact) {
		return new Evidence(fact.article(), null, fact.source(), fact.evidence(), fact.surfaceStart(),
				fact.surfaceEnd(), fact.context());
	}

}
