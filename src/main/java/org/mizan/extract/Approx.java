package org.mizan.extract;

/** How a stated value relates to the true one; {@code null} means exact. */
public enum Approx {

	ABOUT("about"), MORE_THAN("more than"), LESS_THAN("less than"), AT_LEAST("at least"), AT_MOST("at most"),
	RANGE("range");

	private final String label;

	Approx(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Approx fromLabel(String label) {
		if (label == null || label.isEmpty()) {
			return null;
		}
		for (Approx a : values()) {
			if (a.label.equals(label)) {
				return a;
			}
		}
		throw new IllegalArgumentException("unknown approx: " + label);
	}

}
