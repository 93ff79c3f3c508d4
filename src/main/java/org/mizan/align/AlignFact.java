package org.mizan.align;

import java.util.List;

import org.mizan.extract.Approx;
import org.mizan.extract.Hedge;
import org.mizan.extract.SourceRef;

/**
 * One quantitative fact as the aligner sees it.
 *
 * @param copyOf the article this article is a copy of, or null
 * @param start the fact's offset in its article (the group's anchor is the smallest article, start)
 * @param value the stated number (null for dates and bounds)
 * @param date ISO 8601 partial date for a date fact, else null
 * @param event the event cue as written, for the reader (may be null)
 * @param participants keys from the binder: plain, {@code side:<key>} or {@code arg:<key>}
 * @param sourceKey the root of the fact's provenance (see {@link #provenanceRoot}); null when the article states
 * it on its own authority
 * @param sourceName the source as written, for the reader
 */
public record AlignFact(String factId, String article, String copyOf, int start, Double value, Double low,
		Double high, String date, Approx approx, String unit, String unitClass, String counted, String event,
		String eventClass, List<String> participants, String sourceKey, String sourceName, Hedge hedge) {

	public AlignFact {
		participants = participants == null ? List.of() : List.copyOf(participants);
	}

	/** The root of a source's provenance: the last outlet of the relay chain, else the source's own key. */
	public static String provenanceRoot(SourceRef source) {
		if (source == null) {
			return null;
		}
		if (source.via() != null && !source.via().isEmpty()) {
			return source.via().get(source.via().size() - 1);
		}
		return source.key();
	}

	/** Facts with the same key are not independent: the provenance root, else the (original) article. */
	public String independentKey() {
		if (sourceKey != null) {
			return "source:" + sourceKey;
		}
		return "article:" + (copyOf != null ? copyOf : article);
	}

	public boolean isDate() {
		return date != null;
	}

}
