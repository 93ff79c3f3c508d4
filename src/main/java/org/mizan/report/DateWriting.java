package org.mizan.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.text.Lexicons;

/**
 * Writes a stored ISO 8601 (partial) date as people write it in Arabic, in the month
 * tradition of the corpus ({@code month_names} in {@code dates.yml}): {@code --01} as
 * {@code كانون الثاني/يناير}, {@code 2018-10-07} as {@code 7 تشرين الأول/أكتوبر 2018}.
 * The tradition is the one whose month names the corpus's dates use most; the Levantine
 * and Egyptian names are written as a pair, the more frequent first. The {@code Facts}
 * sheet keeps the ISO form (the contract); this is for the columns a reviewer reads.
 */
public final class DateWriting {

	private static final Pattern ISO = Pattern.compile("(\\d{4})?(?:-?-(\\d{2}))?(?:-(\\d{2}))?");

	private static final String SEPARATOR = StatedValue.SEPARATOR;

	private final List<List<String>> namesInOrder;

	private DateWriting(List<List<String>> namesInOrder) {
		this.namesInOrder = namesInOrder;
	}

	/** The writing for a corpus whose date facts were written as {@code surfaces}. */
	public static DateWriting of(Iterable<String> surfaces) {
		Map<String, Object> lexicon = Lexicons.load("dates");
		Map<String, List<String>> traditions = traditions(lexicon);
		Map<String, Integer> uses = new HashMap<>();
		Map<String, Pattern> patterns = new HashMap<>();
		traditions.forEach((tradition, names) -> patterns.put(tradition, anyOf(names)));
		for (String surface : surfaces) {
			if (surface == null) {
				continue;
			}
			patterns.forEach((tradition, pattern) -> {
				Matcher m = pattern.matcher(surface);
				while (m.find()) {
					uses.merge(tradition, 1, Integer::sum);
				}
			});
		}
		@SuppressWarnings("unchecked")
		List<String> pair = new ArrayList<>((List<String>) lexicon.get("month_pair"));
		int paired = pair.stream().mapToInt((t) -> uses.getOrDefault(t, 0)).sum();
		String best = uses.entrySet()
			.stream()
			.filter((e) -> !pair.contains(e.getKey()))
			.filter((e) -> e.getValue() > paired)
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(null);
		if (best != null) {
			return new DateWriting(List.of(traditions.get(best)));
		}
		// a stable sort: on a tie the lexicon's order of the pair stands
		pair.sort((a, b) -> Integer.compare(uses.getOrDefault(b, 0), uses.getOrDefault(a, 0)));
		return new DateWriting(pair.stream().map(traditions::get).toList());
	}

	/**
	 * The writing when nothing is known of the corpus: the pair, in the lexicon's order.
	 */
	public static DateWriting standard() {
		return of(List.of());
	}

	/**
	 * {@code iso} as people write it; anything that is not an ISO date is returned
	 * unchanged.
	 */
	public String write(String iso) {
		if (iso == null || iso.isEmpty()) {
			return iso;
		}
		Matcher m = ISO.matcher(iso);
		if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
			return iso;
		}
		boolean noYear = iso.startsWith("--");
		if (noYear == (m.group(1) != null)) {
			return iso;
		}
		String year = m.group(1);
		String month = m.group(2);
		String day = m.group(3);
		if (month == null) {
			return year;
		}
		int number = Integer.parseInt(month);
		if (number < 1 || number > 12) {
			return iso;
		}
		StringBuilder out = new StringBuilder();
		if (day != null) {
			out.append(Integer.parseInt(day)).append(' ');
		}
		for (int i = 0; i < this.namesInOrder.size(); i++) {
			out.append(i == 0 ? "" : "/").append(this.namesInOrder.get(i).get(number - 1));
		}
		if (year != null) {
			out.append(' ').append(year);
		}
		return out.toString();
	}

	/**
	 * The {@code Values} of a date finding with each line's date (before {@code " — "})
	 * written out.
	 */
	public String writeValues(String values) {
		if (values == null || values.isEmpty()) {
			return values;
		}
		StringBuilder out = new StringBuilder(values.length() + 32);
		for (String line : values.split("\n", -1)) {
			if (out.length() > 0) {
				out.append('\n');
			}
			int separator = line.indexOf(SEPARATOR);
			String value = (separator < 0) ? line : line.substring(0, separator);
			out.append(write(value.strip()));
			if (separator >= 0) {
				out.append(line, separator, line.length());
			}
		}
		return out.toString();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, List<String>> traditions(Map<String, Object> lexicon) {
		Map<String, List<String>> traditions = new java.util.LinkedHashMap<>();
		((Map<String, Object>) lexicon.get("month_names")).forEach((tradition, names) -> {
			List<String> list = ((List<Object>) names).stream().map(String::valueOf).toList();
			if (list.size() != 12) {
				throw new IllegalStateException("dates.yml: month_names." + tradition + " needs 12 names");
			}
			traditions.put(tradition, list);
		});
		return traditions;
	}

	/** Any of the names as a whole word. */
	private static Pattern anyOf(List<String> names) {
		StringBuilder alternatives = new StringBuilder();
		names.stream()
			.sorted((a, b) -> b.length() - a.length())
			.forEach((n) -> alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(n)));
		return Pattern.compile("(?<!\\p{L})(?:" + alternatives + ")(?!\\p{L})");
	}

}
