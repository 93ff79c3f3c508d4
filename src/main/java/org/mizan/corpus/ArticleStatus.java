package org.mizan.corpus;

/** Whether an article's text could be read. */
public enum ArticleStatus {

	OK, SKIPPED

}
