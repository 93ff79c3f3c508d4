package org.mizan.extract;

/**
 * One number expression found in a text: a number, range, percentage, amount of money,
 * date, ordinal or multiplier. Offsets are UTF-16 code units into the text that was given
 * to the recognizer.
 *
 * @param text the exact span of the input
 * @param value the number when one value is stated, else {@code null}
 * @param low lower bound ({@code null} when open or not applicable)
 * @param high upper bound ({@code null} when open or not applicable)
 * @param approx {@code null} when exact
 * @param unit normalized unit when the expression itself carries one ({@code percent},
 * {@code USD}), else null
 * @param date ISO 8601 partial date for {@link MentionKind#DATE} ({@code 2018-10-07},
 * {@code 2012}, {@code --03-03}, {@code --01}); for {@link MentionKind#TIME} the time of
 * day {@code HH:MM} when it was read as a clock time ({@code 23:00}); else {@code null}
 */
public record Mention(String text, int start, int end, MentionKind kind, Double value, Double low, Double high,
		Approx approx, String unit, String date) {

	public int length() {
		return end - start;
	}

}
