package org.mizan.align;

/** What a finding tells the reviewer. */
public enum FindingStatus {

	/** Two independent sources state values that cannot both be true. */
	DISAGREE,
	/**
	 * The values differ because one is later: a toll that rose, an interim figure, a
	 * revision. The values are listed in time order.
	 */
	UPDATED,
	/** Two or more independent sources, all values compatible. */
	CONSISTENT,
	/** One independent source behind every value (uncorroborated). */
	SINGLE_SOURCE,
	/**
	 * A statement one article states as fact and another reports as claimed, leaked or
	 * denied.
	 */
	HEDGE_DRIFT

}
