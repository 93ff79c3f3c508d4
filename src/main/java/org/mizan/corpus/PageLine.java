package org.mizan.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mizan.text.ArticleTokens;

/**
 * One line of an article as the article's {@link ArticleTokens} read it: its span in the
 * text (line end and a trailing CR excluded), its normalized form (the tokens' forms, one
 * space where the text has any) and its words. The line is not folded or cut into words
 * again: the boilerplate rules read the article's one reading.
 */
final class PageLine {

	private final int index;

	private final int start;

	private final int end;

	private final String normalized;

	/** The line's words, and where each starts and ends in {@link #normalized}. */
	private final String[] words;

	private final int[] wordStart;

	private final int[] wordEnd;

	private final boolean hasNumber;

	private final boolean hasWord;

	private PageLine(int index, int start, int end, ArticleTokens tokens, int from, int to) {
		this.index = index;
		this.start = start;
		this.end = end;
		StringBuilder line = new StringBuilder((end - start) + 8);
		String[] found = new String[to - from];
		int[] starts = new int[to - from];
		int[] ends = new int[to - from];
		int n = 0;
		boolean number = false;
		boolean word = false;
		for (int t = from; t < to; t++) {
			String form = tokens.form(t);
			if (form.isEmpty() || !tokens.isWord(t) && Character.getType(form.charAt(0)) == Character.FORMAT) {
				// marks the fold drops (a lone haraka), a zero-width joiner or a soft
				// hyphen:
				// nothing a line is read by
				continue;
			}
			if (line.length() > 0 && !tokens.glued(t)) {
				line.append(' ');
			}
			if (tokens.isWord(t)) {
				found[n] = form;
				starts[n] = line.length();
				ends[n++] = line.length() + form.length();
				number |= hasDigit(form);
				word |= hasLetter(form);
			}
			line.append(form);
		}
		this.normalized = line.toString();
		this.words = Arrays.copyOf(found, n);
		this.wordStart = starts;
		this.wordEnd = ends;
		this.hasNumber = number;
		this.hasWord = word;
	}

	int index() {
		return index;
	}

	int start() {
		return start;
	}

	int end() {
		return end;
	}

	String normalized() {
		return normalized;
	}

	/** The line's words, as the article's tokens fold them. */
	List<String> tokens() {
		return Arrays.asList(words);
	}

	/** How many of the line's words lie within {@code normalized[from, to)}. */
	int wordsIn(int from, int to) {
		int count = 0;
		for (int i = 0; i < words.length; i++) {
			if (wordStart[i] >= from && wordEnd[i] <= to) {
				count++;
			}
		}
		return count;
	}

	/** The lines of an article, read from its tokens. */
	static List<PageLine> split(ArticleTokens tokens) {
		String text = tokens.text();
		List<PageLine> lines = new ArrayList<>();
		int token = 0;
		int start = 0;
		while (start <= text.length()) {
			int newline = text.indexOf('\n', start);
			int end = newline < 0 ? text.length() : newline;
			int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
			int first = token;
			while (token < tokens.size() && tokens.start(token) < end) {
				token++;
			}
			lines.add(new PageLine(lines.size(), start, contentEnd, tokens, first, token));
			if (newline < 0) {
				break;
			}
			start = newline + 1;
		}
		return lines;
	}

	/** The lines of a text of its own (a test, an example page). */
	static List<PageLine> split(String text) {
		return split(ArticleTokens.read(text));
	}

	/**
	 * A lexicon cue read as a line is: its tokens' forms, one space between those the cue
	 * spaces.
	 */
	static String normalize(String cue) {
		return cue(cue).normalized;
	}

	/** How many words a cue has, read as a line is. */
	static int wordCount(String cue) {
		return words(cue).size();
	}

	/** A cue's words, read as a line is. */
	static List<String> words(String cue) {
		return cue(cue).tokens();
	}

	private static PageLine cue(String cue) {
		ArticleTokens tokens = ArticleTokens.read(cue);
		return new PageLine(0, 0, cue.length(), tokens, 0, tokens.size());
	}

	boolean isBlank() {
		return normalized.isEmpty();
	}

	int size() {
		return words.length;
	}

	/** Only numbers, with nothing but digits and the given marks between them. */
	boolean isNumberOnly(String marks) {
		return hasNumber && !hasWord && normalized.chars().allMatch(c -> Character.isDigit(c) || marks.indexOf(c) >= 0);
	}

	/**
	 * A list item: the line starts with a dash or a bullet and a space («- عنوان», «•
	 * عنوان»).
	 */
	boolean isListItem() {
		return normalized.length() > 2 && "-•–·".indexOf(normalized.charAt(0)) >= 0 && normalized.charAt(1) == ' ';
	}

	boolean hasNumber() {
		return hasNumber;
	}

	/** A word that is a number: it starts with a digit. */
	static boolean isNumber(String word) {
		return Character.isDigit(word.charAt(0));
	}

	private static boolean hasDigit(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Character.isDigit(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasLetter(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Character.isLetter(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
