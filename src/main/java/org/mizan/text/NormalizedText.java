package org.mizan.text;

/**
 * A text after {@link ArabicNormalizer}, with the way back to the original: every
 * normalized char knows where it came from, so spans found in the normalized text can be
 * reported in the caller's offsets.
 */
public final class NormalizedText {

	private final String text;

	private final int[] starts;

	private final int[] ends;

	private final int originalLength;

	NormalizedText(String text, int[] starts, int[] ends, int originalLength) {
		this.text = text;
		this.starts = starts;
		this.ends = ends;
		this.originalLength = originalLength;
	}

	public String text() {
		return this.text;
	}

	public int length() {
		return this.text.length();
	}

	/**
	 * Original offset of the normalized char at {@code index} (the original length at the
	 * end of the text).
	 */
	public int originalOffset(int index) {
		return index >= this.text.length() ? this.originalLength : this.starts[index];
	}

	/**
	 * The first normalized char that comes from {@code original} or after it (the length
	 * of the normalized text when none does).
	 */
	public int normalizedIndex(int original) {
		int lo = 0;
		int hi = this.text.length();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (this.starts[mid] < original) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/**
	 * Original end offset (exclusive) of a normalized span ending at {@code end}: past
	 * the last kept char and the marks (diacritics, tatweel) dropped right after it.
	 */
	public int originalEnd(int end) {
		return end <= 0 ? originalOffset(0) : this.ends[end - 1];
	}

}
