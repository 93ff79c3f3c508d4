package org.mizan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a numeric finding's {@code Values}: what was stated (e.g. {@code about 5,000} or {@code 800–1,500}),
 * by whom, and its bounds. Read back from the text the Findings sheet shows, for the Summary's chart of the values
 * per source.
 *
 * @param source who stated it, without the article names
 */
record StatedValue(String finding, String source, String stated, double low, double high) {

	/** Separates the value from its sources in a line of {@code Values}. */
	static final String SEPARATOR = " — ";

	private static final int MAX_SOURCE_CHARS = 48;

	private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?(?:E-?\\d+)?");

	/** An article name in parentheses at the end of a source, before the next source or the end. */
	private static final Pattern ARTICLE = Pattern.compile("\\s*\\([^()]*\\)(?=;|$)");

	/** The values of a numeric finding that carry a number; none for dates and statements. */
	static List<StatedValue> of(FindingRow finding) {
		List<StatedValue> values = new ArrayList<>();
		if (finding.low() == null || finding.values() == null) {
			return values;
		}
		for (String line : finding.values().split("\n")) {
			int separator = line.indexOf(SEPARATOR);
			String stated = (separator < 0) ? line : line.substring(0, separator);
			String who = (separator < 0) ? "" : line.substring(separator + SEPARATOR.length());
			List<Double> numbers = numbers(stated);
			if (!numbers.isEmpty()) {
				double low = numbers.get(0);
				double high = numbers.get(numbers.size() - 1);
				values.add(new StatedValue(finding.id(), source(who), stated, Math.min(low, high), Math.max(low, high)));
			}
		}
		return values;
	}

	private static List<Double> numbers(String stated) {
		List<Double> numbers = new ArrayList<>();
		Matcher matcher = NUMBER.matcher(stated);
		while (matcher.find() && numbers.size() < 2) {
			try {
				numbers.add(Double.parseDouble(matcher.group().replace(",", "")));
			}
			catch (NumberFormatException ex) {
				// not a number after all: leave it out
			}
		}
		return numbers;
	}

	private static String source(String who) {
		String source = ARTICLE.matcher(who).replaceAll("").strip();
		return (source.length() <= MAX_SOURCE_CHARS) ? source : source.substring(0, MAX_SOURCE_CHARS - 1) + "…";
	}

}
