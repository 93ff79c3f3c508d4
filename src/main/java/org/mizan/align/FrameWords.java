package org.mizan.align;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.extract.ClaimFrame;
import org.mizan.extract.FramePhrases;
import org.mizan.text.ArabicNormalizer;

/**
 * A claim's frame in plain words for a fact-checker: the {@code What} and
 * {@code Why grouped} columns.
 */
final class FrameWords {

	private static final int COUNTED_SHOWN = 3;

	private FrameWords() {
	}

	/** What is counted, of which thing and part, when, and of what kind. */
	static String what(List<AlignFact> facts) {
		String sep = FramePhrases.word("separator");
		AlignFact a = facts.get(0);
		ClaimFrame frame = a.frame();
		StringBuilder out = new StringBuilder(measure(frame, facts));
		if (frame.subject() != null && !frame.subject().startsWith("side:")) {
			// the priced grade; who released: من قبل الجيش
			out.append(sep).append(FramePhrases.subject(frame.subject()));
		}
		Set<String> sides = sides(facts);
		if (!sides.isEmpty()) {
			out.append(sep).append(String.join(" / ", sides));
		}
		if (frame.scope() != null) {
			Set<String> counted = counted(facts);
			if (frame.scope().startsWith("part")) {
				out.append(sep).append(FramePhrases.word("part"));
			}
			if (!counted.isEmpty()) {
				out.append(sep).append(String.join(" / ", counted));
			}
		}
		if (frame.time() != null) {
			out.append(sep).append(FramePhrases.time(frame.time()));
		}
		if (frame.kind() != ClaimFrame.Kind.COUNT) {
			out.append(sep).append(FramePhrases.word("kinds", frame.kind().label()));
		}
		return out.toString();
	}

	/**
	 * Why these facts were put together, and what their status means; {@code superseded}:
	 * earlier figures that later ones of the same claim replaced.
	 */
	static String why(List<AlignFact> facts, FindingStatus status, boolean superseded) {
		if (facts.get(0).frame().measuresNothing()) {
			return FramePhrases.word("why", "alone");
		}
		String verdict = switch (status) {
			case SINGLE_SOURCE -> "single";
			case CONSISTENT -> "consistent";
			case DISAGREE -> "disagree";
			case UPDATED -> superseded ? "earlier" : "updated";
			case HEDGE_DRIFT -> "consistent";
		};
		return FramePhrases.word("why", "same") + what(facts) + FramePhrases.word("why", verdict);
	}

	private static String measure(ClaimFrame frame, List<AlignFact> facts) {
		String m = frame.measure();
		if (m.startsWith("quantity:") && FramePhrases.unitLabel(facts.get(0).unit()) != null) {
			// هكتار, هكتارات: the area in hectares
			return FramePhrases.unitLabel(facts.get(0).unit());
		}
		if (!m.startsWith("unit:") && !m.startsWith("date/") && !m.equals("time") && !m.equals(ClaimFrame.NOTHING)) {
			// a count measure told as a share (نسبة الوفيات): the share of it
			return m.endsWith("/percent") && !frame.label().startsWith(FramePhrases.word("share-of").strip())
					? FramePhrases.word("share-of") + frame.label() : frame.label();
		}
		AlignFact a = facts.get(0);
		if (a.isTime()) {
			return a.event() != null ? FramePhrases.word("time-of") + a.event() : frame.label();
		}
		if (a.isDate()) {
			return a.event() != null ? FramePhrases.word("date-of") + a.event() : frame.label();
		}
		String unitClass = a.unitClass() == null ? "" : a.unitClass();
		if (unitClass.startsWith("money:")) {
			// «مبلغ USD» says nothing to a reader: the amount in its currency's name
			String code = unitClass.substring("money:".length());
			return FramePhrases.word("amount-in") + FramePhrases.word("currencies", code);
		}
		if (unitClass.equals("percent")) {
			return FramePhrases.word("share-of").strip();
		}
		String label = FramePhrases.unitLabel(a.unit());
		if (label != null) {
			// عدد المحتجزين, whichever spelling each article used (محتجزاً, محتجزين)
			return label;
		}
		String counted = String.join(" / ", counted(facts));
		if (counted.isEmpty()) {
			// a bare number: its label already says what it is (العدد, النسبة)
			return frame.label() != null ? frame.label() : FramePhrases.word("count-of") + a.unit();
		}
		return FramePhrases.word("count-of") + counted;
	}

	/**
	 * The counted nouns as written, one per spelling: عسكرياً and عسكريا (tanween
	 * dropped) are one word.
	 */
	private static Set<String> counted(List<AlignFact> facts) {
		Map<String, String> counted = new LinkedHashMap<>();
		for (AlignFact f : facts) {
			if (f.counted() != null && counted.size() < COUNTED_SHOWN) {
				counted.putIfAbsent(ArabicNormalizer.fold(f.counted()), f.counted());
			}
		}
		return new LinkedHashSet<>(counted.values());
	}

	private static Set<String> sides(List<AlignFact> facts) {
		Set<String> sides = new LinkedHashSet<>();
		facts.forEach(f -> f.participants()
			.stream()
			.filter(p -> p.startsWith("side:"))
			.forEach(p -> sides.add(p.substring(5))));
		return sides;
	}

}
