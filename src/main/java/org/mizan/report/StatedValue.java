package org.mizan.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mizan.extract.Approx;

/**
 * One value of a numeric finding as one source states it (e.g. {@code about 5,000} or
 * {@code 800–1,500}), with its bounds: for the Summary's table and chart of the values
 * per source. Built from the facts' stored numbers, never read back from the text a sheet
 * shows.
 *
 * @param source who stated it (the article when the article states it on its own
 * authority)
 */
public record StatedValue(String finding, String source, String stated, double low, double high) {

	/** Separates the value from its sources in a line of {@code Values}. */
	static final String SEPARATOR = " — ";

	private static final int MAX_SOURCE_CHARS = 48;

	/**
	 * One per distinct source and value, in the facts' order; dates and facts without a
	 * number have none.
	 */
	public static List<StatedValue> of(String finding, List<FactRow> facts) {
		Map<String, StatedValue> values = new LinkedHashMap<>();
		for (FactRow fact : facts) {
			if (fact.date() != null) {
				continue;
			}
			Double low = fact.low() != null ? fact.low() : fact.value();
			Double high = fact.high() != null ? fact.high() : fact.value();
			if (low == null && high == null) {
				continue;
			}
			double lo = low != null ? low : high;
			double hi = high != null ? high : low;
			String source = source(fact.source() != null && !fact.source().isBlank() ? fact.source() : fact.article());
			values.putIfAbsent(source + "\n" + lo + "\n" + hi,
					new StatedValue(finding, source, stated(fact, lo, hi), Math.min(lo, hi), Math.max(lo, hi)));
		}
		return new ArrayList<>(values.values());
	}

	private static String stated(FactRow fact, double low, double high) {
		String approx = fact.approx() == null || fact.approx() == Approx.RANGE ? "" : fact.approx().label() + " ";
		return low == high || fact.value() != null && fact.low() == null ? approx + number(low)
				: number(low) + "–" + number(high);
	}

	private static String number(double x) {
		return x == Math.rint(x) ? String.format(Locale.ROOT, "%,d", (long) x) : String.valueOf(x);
	}

	private static String source(String who) {
		String source = who.strip();
		return (source.length() <= MAX_SOURCE_CHARS) ? source : source.substring(0, MAX_SOURCE_CHARS - 1) + "…";
	}

}
