package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import org.mizan.text.TextSpan;

/**
 * A plain sentence splitter for tests: at . ! ? ؟, at a colon before a quotation, and at
 * line breaks.
 */
final class TestSentences {

	private TestSentences() {
	}

	static List<TextSpan> of(String text) {
		List<TextSpan> out = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean end = c == '\n' || c == '.' || c == '!' || c == '?' || c == '؟'
					|| c == ':' && i + 1 < text.length() && isQuoteAfterSpace(text, i + 1);
			if (end) {
				add(out, text, start, c == '\n' ? i : i + 1);
				start = i + 1;
			}
		}
		add(out, text, start, text.length());
		return out;
	}

	private static boolean isQuoteAfterSpace(String text, int i) {
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i < text.length() && "«“\"”".indexOf(text.charAt(i)) >= 0;
	}

	private static void add(List<TextSpan> out, String text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		if (end > start) {
			out.add(new TextSpan(start, end));
		}
	}

}
