package org.mizan.extract;

/** The kinds of number expression, named as in the extract command's JSON contract. */
public enum MentionKind {

	NUMBER, RANGE, PERCENT, MONEY, DATE, TIME, ORDINAL, MULTIPLIER, DURATION;

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
