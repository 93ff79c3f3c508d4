package org.mizan.store;

import java.util.List;

import org.mizan.extract.ClaimFrame;

/**
 * A fact as the align step reads it back. {@code copyOf} names the article this one's file is a copy of.
 */
public record StoredFact(long factId, String file, String copyOf, int start, String surface, Double value,
		String date, Double low, Double high, String approx, String unit, String unitClass, String counted,
		String event, String eventClass, List<String> participants, String source, String sourceKey, String sourceType,
		List<String> via, String hedge, ClaimFrame frame) {
}
