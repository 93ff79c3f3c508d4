package org.mizan.extract;

import java.util.List;

/**
 * Finds every number, range, percentage, amount, date, ordinal and multiplier in a text. Offsets are into the
 * text as given (the recognizer normalizes internally and maps back).
 */
public class MentionRecognizer {

	public List<Mention> recognize(String text) {
		throw new UnsupportedOperationException("not yet implemented");
	}

}
