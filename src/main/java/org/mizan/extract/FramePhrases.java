package org.mizan.extract;

import java.util.List;
import java.util.Map;

import org.mizan.text.ArabicNormalizer;
import org.mizan.text.Lexicons;

/**
 * A frame's parts in plain Arabic for a fact-checker (frame-words.yml): the {@code What}
 * of a finding and the frame columns of {@code Facts} say a part, a time and a kind in
 * the same words, never as the keys the readers compare.
 */
public final class FramePhrases {

	private FramePhrases() {
	}

	/**
	 * The part of a measure a figure is told of: «جزء من المجموع», «من العسكريين», «لكل
	 * عائلة», «في حالة حرجة»; the words of a scope one by one.
	 */
	public static String scope(String scope) {
		if (scope == null) {
			return null;
		}
		Map<String, Object> words = words();
		StringBuilder out = new StringBuilder();
		for (String part : scope.split(" ")) {
			if (!out.isEmpty()) {
				out.append(text(words, "separator"));
			}
			out.append(scopePart(part, words));
		}
		return out.toString();
	}

	private static String scopePart(String part, Map<String, Object> words) {
		if (part.equals("part")) {
			return text(words, "part");
		}
		if (part.equals(ClaimFrame.TOTAL)) {
			return text(words, "total");
		}
		int colon = part.indexOf(':');
		if (colon > 0) {
			String what = part.substring(colon + 1);
			Map<String, Object> unit = unit(what);
			String named = unit != null ? String.valueOf(unit.get("singular")) : what;
			String lead = nested(words, "scope-leads", part.substring(0, colon), "");
			return lead + named;
		}
		Map<String, Object> unit = unit(part);
		if (unit != null) {
			// soldiers among the dead: من العسكريين
			String label = String.valueOf(unit.get("label"));
			String countOf = text(words, "count-of");
			return text(words, "among") + (label.startsWith(countOf) ? label.substring(countOf.length()) : label);
		}
		return nested(words, "parts", part, part);
	}

	/**
	 * Which thing a figure belongs to: an agent after the words that say «by» (من قبل
	 * الجيش), its words apart; any other as it is.
	 */
	public static String subject(String subject) {
		if (subject == null) {
			return null;
		}
		if (!subject.startsWith(ClaimFrame.BY)) {
			return word("subjects", subject);
		}
		return text(words(), "by") + subject.substring(ClaimFrame.BY.length()).replace('_', ' ');
	}

	/** A word of frame-words.yml; fails loudly when the lexicon lacks it. */
	public static String word(String key) {
		return text(words(), key);
	}

	/** A word of a section of frame-words.yml, or the key itself when it has none. */
	public static String word(String section, String key) {
		return nested(words(), section, key, key);
	}

	/** When a figure holds: «عام 2016», «حتى الساعة 15», «القيمة قبل التغيير». */
	public static String time(String time) {
		if (time == null) {
			return null;
		}
		Map<String, Object> words = words();
		if (time.startsWith("year:")) {
			return nested(words, "times", "year", "") + time.substring(5);
		}
		if (time.startsWith("hour:")) {
			return text(words, "until-hour") + time.substring(5);
		}
		if (time.startsWith("month:")) {
			return text(words, "in-month") + Integer.parseInt(time.substring(6));
		}
		if (time.startsWith("day:")) {
			return text(words, "on-day") + weekday(time.substring(4));
		}
		if (time.startsWith("since-start:")) {
			return nested(words, "times", "since-start", "") + time.substring("since-start:".length());
		}
		return nested(words, "times", time, time);
	}

	/** Whether a figure is a count, a projection or a change, in words. */
	public static String kind(String kind) {
		return kind == null ? null : nested(words(), "kinds", kind, kind);
	}

	/** The plain words for a count of a noun of units.yml, or null. */
	public static String unitLabel(String unit) {
		Map<String, Object> entry = unit(unit);
		Object label = entry == null ? null : entry.get("label");
		return label == null ? null : String.valueOf(label);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> unit(String key) {
		Object entry = ((Map<String, Object>) Lexicons.load("units").get("units")).get(key);
		return entry instanceof Map<?, ?> ? (Map<String, Object>) entry : null;
	}

	/**
	 * A weekday as written in frames.yml, for a frame's time keyed by the folded word
	 * without its article.
	 */
	@SuppressWarnings("unchecked")
	private static String weekday(String key) {
		Map<String, Object> times = (Map<String, Object>) Lexicons.load("frames").get("times");
		for (Object day : ((Map<String, Object>) times.get("weekdays")).keySet()) {
			if (ArabicNormalizer.fold(String.valueOf(day)).endsWith(key)) {
				return String.valueOf(day);
			}
		}
		return key;
	}

	private static Map<String, Object> words() {
		return Lexicons.load("frame-words");
	}

	private static String text(Map<String, Object> words, String key) {
		Object value = words.get(key);
		if (value == null) {
			throw new IllegalStateException("frame-words.yml: no " + key);
		}
		return String.valueOf(value);
	}

	@SuppressWarnings("unchecked")
	private static String nested(Map<String, Object> words, String section, String key, String otherwise) {
		Object map = words.get(section);
		if (map == null) {
			throw new IllegalStateException("frame-words.yml: no " + section);
		}
		Object value = ((Map<String, Object>) map).get(key);
		return value == null ? otherwise : String.valueOf(value);
	}

}
