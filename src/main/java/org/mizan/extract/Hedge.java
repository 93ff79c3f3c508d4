package org.mizan.extract;

/** How an article frames a statement; {@code null} means stated as fact. */
public enum Hedge {

	CLAIMED, ALLEGED, LEAKED, UNVERIFIED, DENIED;

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
