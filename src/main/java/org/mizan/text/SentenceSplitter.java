package org.mizan.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * Splits a text into sentences: at every line break (articles are one paragraph per
 * line), then inside a line with ICU's Arabic sentence rules (which, unlike the JDK's,
 * break after {@code ؟}), never after an abbreviation of the {@code sentences} lexicon
 * ({@code د.}, {@code م.}). Spans are trimmed of surrounding whitespace (CR included).
 * Thread-safe: each call works on its own clone of the prepared iterator.
 */
public final class SentenceSplitter {

	private final BreakIterator prototype;

	public SentenceSplitter() {
		this(Lexicons.load("sentences"));
	}

	@SuppressWarnings("unchecked")
	SentenceSplitter(Map<String, Object> lexicon) {
		FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
		for (Object abbreviation : (List<Object>) lexicon.getOrDefault("abbreviations", List.of())) {
			builder.suppressBreakAfter(abbreviation.toString());
		}
		this.prototype = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(new ULocale("ar")));
	}

	public List<TextSpan> split(String text) {
		List<TextSpan> spans = new ArrayList<>();
		BreakIterator sentences = (BreakIterator) this.prototype.clone();
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			splitLine(text, lineStart, lineEnd, sentences, spans);
			lineStart = lineEnd + 1;
		}
		return spans;
	}

	private static void splitLine(String text, int from, int to, BreakIterator sentences, List<TextSpan> spans) {
		if (isBlank(text, from, to)) {
			return;
		}
		sentences.setText(text.substring(from, to));
		int start = sentences.first();
		for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
			addTrimmed(text, from + start, from + end, spans);
		}
	}

	private static void addTrimmed(String text, int start, int end, List<TextSpan> spans) {
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		if (start < end) {
			spans.add(new TextSpan(start, end));
		}
	}

	private static boolean isBlank(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isSpace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200F' || c == '\u200E' || c == '\uFEFF';
	}

}
