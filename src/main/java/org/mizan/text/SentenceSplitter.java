package org.mizan.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits a text into sentences: at every line break (articles are one paragraph per
 * line), then inside a line with ICU's Arabic sentence rules (which, unlike the JDK's,
 * break after {@code ؟}), never after an abbreviation of the {@code sentences} lexicon
 * ({@code د.}, {@code م.}) written as a word of its own: ICU's own filter also matches
 * the end of a longer word, so it kept «الناتج. وقال» (ج.) as one sentence. Spans are
 * trimmed of surrounding whitespace (CR included). Thread-safe: each call works on its
 * own clone of the prepared iterator.
 */
public final class SentenceSplitter {

	private final BreakIterator prototype;

	private final List<String> abbreviations;

	public SentenceSplitter() {
		this(Lexicons.load("sentences"));
	}

	@SuppressWarnings("unchecked")
	SentenceSplitter(Map<String, Object> lexicon) {
		List<String> words = new ArrayList<>();
		for (Object abbreviation : (List<Object>) lexicon.getOrDefault("abbreviations", List.of())) {
			words.add(abbreviation.toString());
		}
		this.abbreviations = List.copyOf(words);
		this.prototype = BreakIterator.getSentenceInstance(new ULocale("ar"));
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
			splitLine(text, lineStart, lineEnd, sentences, this.abbreviations, spans);
			lineStart = lineEnd + 1;
		}
		return spans;
	}

	private static void splitLine(String text, int from, int to, BreakIterator sentences, List<String> abbreviations,
			List<TextSpan> spans) {
		if (isBlank(text, from, to)) {
			return;
		}
		sentences.setText(text.substring(from, to));
		int start = sentences.first();
		for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
			if (end < to - from && endsWithAbbreviation(text, from + start, from + end, abbreviations)) {
				continue;
			}
			addTrimmed(text, from + start, from + end, spans);
			start = end;
		}
	}

	/**
	 * Whether {@code [start, end)} ends, before its trailing spaces, with an abbreviation
	 * that is a word of its own (after a space, a bracket or the start), not the end of a
	 * longer word.
	 */
	static boolean endsWithAbbreviation(String text, int start, int end, List<String> abbreviations) {
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		for (String abbreviation : abbreviations) {
			int at = end - abbreviation.length();
			if (at >= start && text.startsWith(abbreviation, at)
					&& (at == start || !Character.isLetter(text.charAt(at - 1)))) {
				return true;
			}
		}
		return false;
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
