package org.mizan.align;

import java.util.List;

import org.mizan.extract.Approx;
import org.mizan.extract.ClaimFrame;
import org.mizan.extract.Hedge;
import org.mizan.extract.SourceRef;
import org.mizan.extract.SourceType;

/**
 * One quantitative fact as the aligner sees it.
 *
 * @param copyOf the article this article is a copy of, or null
 * @param start the fact's offset in its article (the group's anchor is the smallest
 * article, start)
 * @param value the stated number (null for dates and bounds)
 * @param date ISO 8601 partial date for a date fact, {@code HH:MM} for a time of day,
 * else null
 * @param event the event cue as written, for the reader (may be null)
 * @param participants keys from the binder: plain, {@code side:<key>} or
 * {@code arg:<key>}
 * @param sourceKey who the fact independently comes from (see
 * {@link #independentSource}); null when the article states it on its own authority
 * @param sourceName the source as written, for the reader
 * @param frame what the fact measures; facts are one claim only when their frames' claim
 * keys are equal
 */
public record AlignFact(String factId, String article, String copyOf, int start, Double value, Double low, Double high,
		String date, Approx approx, String unit, String unitClass, String counted, String event, String eventClass,
		List<String> participants, String sourceKey, String sourceName, Hedge hedge, ClaimFrame frame) {

	public AlignFact {
		participants = participants == null ? List.of() : List.copyOf(participants);
		if (frame == null) {
			String measure = unitClass == null || unitClass.equals(ClaimFrame.NOTHING) || unitClass.equals("ordinal")
					|| (date != null && eventClass == null) ? ClaimFrame.NOTHING
							: unitClass + "/" + (eventClass == null ? "-" : eventClass);
			frame = new ClaimFrame(measure, counted != null ? counted : unit, null, null, null, null,
					ClaimFrame.Kind.COUNT, null, null);
		}
	}

	/**
	 * Who a fact independently comes from: the source itself, however many outlets
	 * relayed it (four articles relaying one newspaper count once). An anonymous source
	 * is only known through whoever cites it, so it is qualified by its nearest relay, or
	 * by the article when it has none.
	 */
	public static String independentSource(SourceRef source, String article) {
		if (source == null || source.key() == null) {
			return null;
		}
		if (source.type() == null || !source.type().knownThroughCiter()) {
			return source.key();
		}
		String citedBy = source.via() == null || source.via().isEmpty() ? article : source.via().get(0);
		return source.key() + " @ " + citedBy;
	}

	/**
	 * Facts with the same key are not independent: the provenance root, else the
	 * (original) article.
	 */
	public String independentKey() {
		if (sourceKey != null) {
			return "source:" + sourceKey;
		}
		return "article:" + (copyOf != null ? copyOf : article);
	}

	public boolean isDate() {
		return date != null;
	}

	/**
	 * A time of day ({@code 23:00}), carried as a date: one time told twice is one claim,
	 * two times never conflict.
	 */
	public boolean isTime() {
		return date != null && date.indexOf(':') > 0;
	}

}
