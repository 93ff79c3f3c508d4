package org.mizan.align;

import org.mizan.extract.Hedge;

/**
 * One attributed statement as the statement aligner sees it.
 *
 * @param id the statement's id (e.g. article and offset)
 * @param copyOf the article this article is a copy of, or null
 * @param sourceKey who the statement independently comes from
 * ({@link AlignFact#independentSource}), or null
 * @param hedge null when the article states it as fact
 * @param statementKey sorted normalized content words, separated by spaces
 * @param statement the statement as written, for the reader
 */
public record AlignStatement(String id, String article, String copyOf, int start, String sourceKey, String sourceName,
		Hedge hedge, String statementKey, String statement) {

	String independentKey() {
		return sourceKey != null ? "source:" + sourceKey : "article:" + (copyOf != null ? copyOf : article);
	}

}
