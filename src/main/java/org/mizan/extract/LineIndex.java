package org.mizan.extract;

import java.util.Arrays;

/** 1-based line numbers of offsets in a text (a line ends at \n; \r\n counts once). */
final class LineIndex {

	private final int[] lineStarts;

	LineIndex(String text) {
		int[] starts = new int[16];
		int n = 0;
		starts[n++] = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (n == starts.length) {
					starts = Arrays.copyOf(starts, n * 2);
				}
				starts[n++] = i + 1;
			}
		}
		this.lineStarts = Arrays.copyOf(starts, n);
	}

	int lineOf(int offset) {
		int i = Arrays.binarySearch(lineStarts, offset);
		return i >= 0 ? i + 1 : -i - 1;
	}

}
