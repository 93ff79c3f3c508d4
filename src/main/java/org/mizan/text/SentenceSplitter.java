package org.mizan.text;

import java.util.ArrayList;
import java.util.List;

/** Interim splitter: at sentence punctuation and line breaks. */
public class SentenceSplitter {

	public List<TextSpan> split(String text) {
		List<TextSpan> spans = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '.' || c == '!' || c == '?' || c == '؟') {
				add(spans, text, start, c == '\n' ? i : i + 1);
				start = i + 1;
			}
		}
		add(spans, text, start, text.length());
		return spans;
	}

	private static void add(List<TextSpan> spans, String text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			spans.add(new TextSpan(start, end));
		}
	}

}
