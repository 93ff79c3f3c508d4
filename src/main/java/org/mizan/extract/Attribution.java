package org.mizan.extract;

/**
 * One attributed statement of an article, with or without a number.
 *
 * @param start offset of the statement in the article's text
 * @param end end offset (exclusive) of the statement
 * @param source who says it, with type, relay chain, cue and hedge
 * @param statement the attributed statement or quotation, as written
 * @param statementKey a normalized key of the statement's content words, used to find the
 * same statement in other articles
 */
public record Attribution(int start, int end, SourceRef source, String statement, String statementKey) {
}
