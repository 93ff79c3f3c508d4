package org.mizan.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mizan.text.Lexicons;

/**
 * What a number measures: how many of what, of which thing, of which part, as of when,
 * and whether it is counted, projected or a change. Two facts are one claim only when
 * their {@link #claimKey()}s are equal.
 *
 * @param measure what is counted, a measure of the lexicon ({@code deaths},
 * {@code turnout}, {@code price}) or, for a noun the lexicon has no measure for,
 * {@code unit:<key>} of the counted noun
 * @param label the measure in plain words, for a fact-checker ({@code عدد القتلى})
 * @param subject which thing the figure belongs to (the side fighters are with, the grade
 * of a fuel), or null
 * @param scope which part of the measure (civilians among the dead, confirmed among the
 * cases), or null
 * @param time when the figure holds, when it is not the time of the report:
 * {@code before} (the value a change started from), {@code previous-period},
 * {@code year:2021}; null for the report's time
 * @param revision {@code earlier} for a figure that was later revised (an interim toll),
 * {@code later} for the revision, else null: revisions of one claim are an update, not a
 * disagreement
 * @param kind a count (or an estimate of one), a projection, or a change
 * @param place where the figure holds when its clause names a place with a head noun
 * (مدينة حلب), else null: figures of one claim that name two places are two claims
 * @param context the light stems of the content words around the number in its clause
 * (what happened to the counted things: مكاتب فتحت متأخرة, ناخبين أدلوا بأصواتهم),
 * space-separated: for a counted noun whose role in the story the lexicon does not know,
 * what tells two claims about it apart
 */
public record ClaimFrame(String measure, String label, String subject, String scope, String time, String revision,
		Kind kind, String place, String context) {

	private static final Set<String> BY_CONTEXT = byContextMeasures();

	public enum Kind {

		/** A count, an estimate of one, or a level reached. */
		COUNT,
		/** What is expected, planned or feared. */
		PROJECTION,
		/** A change by an amount (a rise of 15%), not the level reached. */
		CHANGE;

		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Kind fromLabel(String label) {
			return label == null ? COUNT : valueOf(label.toUpperCase(Locale.ROOT));
		}

	}

	/**
	 * A subject that is who did the event ({@code by:الجيش}): the agent's words joined by
	 * {@code _}.
	 */
	public static final String BY = "by:";

	/** The scope of a whole a part is told out of («من أصل 40 مقعدا»). */
	public static final String TOTAL = "total";

	/**
	 * The revision of a figure its text calls earlier or provisional (بعد أن كانت قد
	 * أعلنت, حصيلة أولية).
	 */
	public static final String EARLIER = "earlier";

	/** The revision of a figure its text calls later or revised (ارتفعت الحصيلة إلى). */
	public static final String LATER = "later";

	/** A number nothing measures: it is aligned with nothing. */
	public static final String NOTHING = "number";

	/** The frame a fact is compared on: revisions of the same claim share it. */
	public String claimKey() {
		return measure + "|" + nullToEmpty(subject) + "|" + nullToEmpty(scope) + "|" + nullToEmpty(time) + "|"
				+ kind.label();
	}

	/**
	 * A counted thing the lexicon has no measure for, or a measure of which a story tells
	 * many (frames.yml {@code by-context}: the capacity of a stadium and of a hospital):
	 * its context tells claims apart ({@link #context}).
	 */
	public boolean byNounOnly() {
		int cut = measure.indexOf('/');
		return measure.startsWith("unit:") || BY_CONTEXT.contains(cut < 0 ? measure : measure.substring(0, cut));
	}

	@SuppressWarnings("unchecked")
	private static Set<String> byContextMeasures() {
		Set<String> out = new HashSet<>();
		((Map<String, Map<String, Object>>) Lexicons.load("frames").get("measures")).forEach((key, entry) -> {
			if (Boolean.TRUE.equals(entry.get("by-context"))) {
				out.add(key);
			}
		});
		return Set.copyOf(out);
	}

	public boolean measuresNothing() {
		return NOTHING.equals(measure);
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
