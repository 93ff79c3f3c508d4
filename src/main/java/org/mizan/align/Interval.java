package org.mizan.align;

import org.mizan.extract.Approx;

/**
 * What a stated number allows: a point, a range, an open bound, or a point widened by the
 * tolerance.
 */
record Interval(double low, double high) {

	static Interval of(AlignFact f, double tolerance) {
		Double v = f.value();
		double lo = f.low() != null ? f.low() : v != null ? v : Double.NEGATIVE_INFINITY;
		double hi = f.high() != null ? f.high() : v != null ? v : Double.POSITIVE_INFINITY;
		Approx a = f.approx();
		if (a == null || a == Approx.RANGE) {
			return new Interval(lo, hi);
		}
		return switch (a) {
			case ABOUT -> new Interval(lo - Math.abs(lo) * tolerance, hi + Math.abs(hi) * tolerance);
			case MORE_THAN, AT_LEAST -> new Interval(lo, Double.POSITIVE_INFINITY);
			case LESS_THAN, AT_MOST -> new Interval(Double.NEGATIVE_INFINITY, v != null ? v : hi);
			default -> new Interval(lo, hi);
		};
	}

	boolean meets(Interval other) {
		return low <= other.high && other.low <= high;
	}

	/**
	 * Two partial ISO dates meet when every component both state is equal ({@code 2012}
	 * meets {@code 2012-03}).
	 */
	static boolean datesMeet(String a, String b) {
		String[] x = components(a);
		String[] y = components(b);
		for (int i = 0; i < 3; i++) {
			if (x[i] != null && y[i] != null && !x[i].equals(y[i])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Year, month, day of {@code 2018-10-07}, {@code 2012}, {@code --03-03},
	 * {@code --01}; null when absent.
	 */
	static String[] components(String iso) {
		String[] out = new String[3];
		if (iso.startsWith("--")) {
			String[] parts = iso.substring(2).split("-");
			out[1] = parts[0];
			out[2] = parts.length > 1 ? parts[1] : null;
			return out;
		}
		String[] parts = iso.split("-");
		for (int i = 0; i < Math.min(3, parts.length); i++) {
			out[i] = parts[i];
		}
		return out;
	}

}
