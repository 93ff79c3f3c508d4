package org.mizan.extract.number;

import org.mizan.extract.Approx;
import org.mizan.extract.MentionKind;

/**
 * What a recognizer found at a token: a mention over normalized chars [startChar,
 * endChar), or, when {@code kind} is null, tokens to pass over because they are not a
 * quantity (a weekday, a name with digits).
 *
 * @param endToken index of the first token after the match
 */
public record Found(int startChar, int endChar, int endToken, MentionKind kind, Double value, Double low, Double high,
		Approx approx, String unit, String date) {

	public static Found skip(int endToken) {
		return new Found(0, 0, endToken, null, null, null, null, null, null, null);
	}

	public static Found date(int startChar, int endChar, int endToken, String date) {
		return new Found(startChar, endChar, endToken, MentionKind.DATE, null, null, null, null, null, date);
	}

	public boolean isSkip() {
		return this.kind == null;
	}

}
