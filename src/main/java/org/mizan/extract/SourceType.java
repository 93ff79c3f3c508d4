package org.mizan.extract;

/** Who a statement is attributed to, as the workbook's {@code Source type} column names it. */
public enum SourceType {

	OUTLET, AGENCY, OFFICIAL, ORGANISATION, PERSON, ANONYMOUS;

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
