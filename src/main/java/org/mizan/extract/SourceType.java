package org.mizan.extract;

/**
 * Who a statement is attributed to, as the workbook's {@code Source type} column names
 * it.
 */
public enum SourceType {

	OUTLET, AGENCY, OFFICIAL, ORGANISATION, PERSON, ANONYMOUS, WITNESS, DOCUMENT;

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * An anonymous source, witnesses or a document without its author («وثيقة مسربة») are
	 * known only through whoever cites them: the same words in two articles need not be
	 * the same source.
	 */
	public boolean knownThroughCiter() {
		return this == ANONYMOUS || this == WITNESS || this == DOCUMENT;
	}

}
