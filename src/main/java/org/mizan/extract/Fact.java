package org.mizan.extract;

import java.util.List;

/**
 * One quantitative fact of an article, with what it counts, the event, its source and its
 * evidence. Offsets are into the article's decoded text (UTF-8, BOM excluded).
 *
 * @param line 1-based line of {@code start} in the article
 * @param value the stated number; {@code null} for dates and open or two-sided bounds
 * @param date ISO 8601 partial date for a date fact, else {@code null}
 * @param unit normalized unit or counted thing ({@code fighter}, {@code protocol},
 * {@code USD}, {@code date})
 * @param unitClass the class used to line facts up ({@code person} for fighters, men and
 * commandos), never null
 * @param counted the counted noun as written, with its qualifiers ({@code جندي فرنسي})
 * @param event the event or predicate as written ({@code أرسل}, {@code وصول},
 * {@code مقتل}) or null
 * @param eventClass the event's class from the lexicon ({@code deploy}, {@code kill}) or
 * null
 * @param participants normalized keys of the places, actors and sides named around the
 * fact
 * @param source who the fact is attributed to; null when the article states it on its own
 * authority
 * @param evidence the whole sentence, as in the article
 * @param evidenceStart where {@code evidence} starts in the article
 * @param context the sentence before, when what the number counts or the event is named
 * there and not in its own sentence (a bare number answering a question), else null
 * @param frame what the number measures: of what, which part, when, what kind
 */
public record Fact(int start, int end, int line, String surface, Double value, String date, Double low, Double high,
		Approx approx, String unit, String unitClass, String counted, String event, String eventClass,
		List<String> participants, SourceRef source, String evidence, int evidenceStart, String context,
		ClaimFrame frame) {

	public boolean isDate() {
		return date != null;
	}

}
