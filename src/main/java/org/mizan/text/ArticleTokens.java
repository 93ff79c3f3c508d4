package org.mizan.text;

import java.util.Arrays;

/**
 * The words and marks of an article, read once for every recognizer: the one cut of the
 * text into tokens. It reads the article's normalized text ({@link ArabicNormalizer}), so
 * every recognizer sees the same letters, digits and spaces: a word is a run of letters,
 * digits and combining marks, its form that run of the normalized text lowercased as
 * {@link ArabicLetters#lowerCase} does; any other character that is not a space is a mark
 * of its own, its form the character as written (a « stays «). What the normalizer drops
 * (diacritics, tatweel, bidi and zero-width marks) is not there: a word is not cut by it.
 * Each token knows its span in the article and in the normalized text (the number grammar
 * reads numerals out of the latter, {@code number/NumberTokens}) and its line: a line, to
 * a news page, is a paragraph. Immutable once built.
 */
public final class ArticleTokens {

	private final String text;

	private final NormalizedText normalized;

	private final int[] start;

	private final int[] end;

	private final int[] normalizedStart;

	private final int[] normalizedEnd;

	/** A word's folded form, or a mark's character as written. */
	private final String[] form;

	private final boolean[] word;

	/** Per token: its line, from 0 (the line ends before it). */
	private final int[] line;

	private final int size;

	private ArticleTokens(String text, NormalizedText normalized, int[] start, int[] end, int[] normalizedStart,
			int[] normalizedEnd, String[] form, boolean[] word, int[] line, int size) {
		this.text = text;
		this.normalized = normalized;
		this.start = start;
		this.end = end;
		this.normalizedStart = normalizedStart;
		this.normalizedEnd = normalizedEnd;
		this.form = form;
		this.word = word;
		this.line = line;
		this.size = size;
	}

	/**
	 * An article read once, or a text of its own (a lexicon cue, a test): normalized by
	 * {@link ArabicNormalizer} and cut.
	 */
	public static ArticleTokens read(String text) {
		return of(text, ArabicNormalizer.normalize(text));
	}

	/** The tokens of an article whose normalized text is already made. */
	public static ArticleTokens of(String text, NormalizedText normalized) {
		String folded = normalized.text();
		int length = folded.length();
		int capacity = Math.max(16, length / 4);
		int[] start = new int[capacity];
		int[] end = new int[capacity];
		int[] normalizedStart = new int[capacity];
		int[] normalizedEnd = new int[capacity];
		String[] form = new String[capacity];
		boolean[] word = new boolean[capacity];
		int[] line = new int[capacity];
		int lines = 0;
		int n = 0;
		int k = 0;
		while (k < length) {
			char c = folded.charAt(k);
			if (c == ' ' || c == '\n') {
				lines += (c == '\n') ? 1 : 0;
				k++;
				continue;
			}
			if (n == start.length) {
				start = Arrays.copyOf(start, n * 2);
				end = Arrays.copyOf(end, n * 2);
				normalizedStart = Arrays.copyOf(normalizedStart, n * 2);
				normalizedEnd = Arrays.copyOf(normalizedEnd, n * 2);
				form = Arrays.copyOf(form, n * 2);
				word = Arrays.copyOf(word, n * 2);
				line = Arrays.copyOf(line, n * 2);
			}
			line[n] = lines;
			normalizedStart[n] = k;
			start[n] = normalized.originalOffset(k);
			if (isWordChar(c)) {
				int from = k;
				while (k < length && isWordChar(folded.charAt(k))) {
					k++;
				}
				form[n] = ArabicLetters.lowerCase(folded.substring(from, k));
				word[n] = true;
			}
			else {
				k++;
				form[n] = mark(text.charAt(start[n]));
			}
			normalizedEnd[n] = k;
			end[n++] = normalized.originalEnd(k);
		}
		return new ArticleTokens(text, normalized, start, end, normalizedStart, normalizedEnd, form, word, line, n);
	}

	/**
	 * The marks of the Latin and Arabic blocks, each one string: an article has a mark
	 * every few words.
	 */
	private static final String[] MARKS = new String[0x0700];

	static {
		for (char c = 0; c < MARKS.length; c++) {
			MARKS[c] = String.valueOf(c);
		}
	}

	private static String mark(char c) {
		return c < MARKS.length ? MARKS[c] : String.valueOf(c);
	}

	/**
	 * A character of a word: Arabic letters (with tatweel) first, as most characters of
	 * an article are, then any letter, digit or combining mark.
	 */
	public static boolean isWordChar(char c) {
		return (c >= '\u0621' && c <= '\u064A') || Character.isLetterOrDigit(c)
				|| Character.getType(c) == Character.NON_SPACING_MARK;
	}

	public String text() {
		return text;
	}

	/** The normalized text the tokens were cut from. */
	public NormalizedText normalized() {
		return normalized;
	}

	/** Where token {@code i} starts in the normalized text. */
	public int normalizedStart(int i) {
		return normalizedStart[i];
	}

	/** Where token {@code i} ends in the normalized text. */
	public int normalizedEnd(int i) {
		return normalizedEnd[i];
	}

	public int size() {
		return size;
	}

	public int start(int i) {
		return start[i];
	}

	public int end(int i) {
		return end[i];
	}

	/**
	 * The word's bare form from the one morphology: folded and without a leading
	 * conjunction ({@link ArabicMorphology#withoutConjunction}); a mark as written.
	 */
	public String bare(int i) {
		return word[i] ? ArabicMorphology.get().withoutConjunction(form[i]) : form[i];
	}

	/**
	 * {@code text[from, to)} as the reading folds it: its normalized text, lowercased as
	 * a word's form is. The form of a part of a word that a window or a number cuts, or
	 * of words a separator joins; not folded again.
	 */
	public String formWithin(int from, int to) {
		int start = normalized.normalizedIndex(from);
		int end = Math.max(start, normalized.normalizedIndex(to));
		return ArabicLetters.lowerCase(normalized.text().substring(start, end));
	}

	/** The word folded, or the mark as written. */
	public String form(int i) {
		return form[i];
	}

	public boolean isWord(int i) {
		return word[i];
	}

	/**
	 * The words of tokens {@code [from, to)}, one space apart: a word, or words and
	 * hyphens glued together («ابو-ظبي»), is kept whole; any other mark parts words as a
	 * space does. The form a statement is keyed by and a name compared in.
	 */
	public String plain(int from, int to) {
		StringBuilder plain = new StringBuilder(Math.max(0, to - from) * 6);
		int lastEnd = -1;
		for (int i = from; i < to; i++) {
			boolean kept = word[i] ? !form[i].isEmpty() : form[i].charAt(0) == '-';
			if (!kept) {
				continue;
			}
			if (plain.length() > 0 && normalizedStart[i] != lastEnd) {
				plain.append(' ');
			}
			plain.append(form[i]);
			lastEnd = normalizedEnd[i];
		}
		return plain.toString();
	}

	/**
	 * The plain form of a text of its own (a name, a credit line), in one pass: what
	 * {@code of(text).plain(0, size())} gives, without building the tokens (names are
	 * compared many times an article).
	 */
	public static String plain(String text) {
		char[] out = new char[text.length()];
		int n = 0;
		// a space or a mark that is not kept stood since the last kept char
		boolean apart = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char normalized = ArabicNormalizer.map(c);
			if (ArabicNormalizer.dropped(normalized)) {
				continue;
			}
			if (!isWordChar(normalized) && c != '-') {
				apart = true;
				continue;
			}
			if (apart && n > 0) {
				out[n++] = ' ';
			}
			apart = false;
			out[n++] = normalized;
		}
		return ArabicLetters.lowerCase(new String(out, 0, n));
	}

	/**
	 * {@link #plain(int, int)} of the tokens that lie within {@code text[start, end)}.
	 */
	public String plainWithin(int start, int end) {
		int from = firstEndingAfter(start);
		int to = from;
		while (to < size && this.end[to] <= end) {
			to++;
		}
		return plain(from, to);
	}

	/** Token {@code i}'s line (its paragraph), from 0. */
	public int line(int i) {
		return line[i];
	}

	/**
	 * The 1-based line of an offset of the text (a line ends at a line feed; CR LF counts
	 * once).
	 */
	public int lineOf(int offset) {
		int t = firstEndingAfter(offset);
		if (t < size && start[t] <= offset) {
			return line[t] + 1;
		}
		// between tokens: count the line ends from the nearest token
		if (t < size) {
			return line[t] + 1 - lineEnds(offset, start[t]);
		}
		return size == 0 ? 1 + lineEnds(0, offset) : line[size - 1] + 1 + lineEnds(end[size - 1], offset);
	}

	private int lineEnds(int from, int to) {
		int count = 0;
		for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
			count += (text.charAt(i) == '\n') ? 1 : 0;
		}
		return count;
	}

	/** The first token that ends after {@code offset}. */
	public int firstEndingAfter(int offset) {
		int lo = 0;
		int hi = size;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (end[mid] <= offset) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/**
	 * True when token {@code i} follows token {@code i - 1} with nothing between (nothing
	 * but what the normalizer drops).
	 */
	public boolean glued(int i) {
		return i > 0 && normalizedStart[i] == normalizedEnd[i - 1];
	}

	/**
	 * The last token of the compound that starts at word {@code i}: words joined by a
	 * hyphen or a slash glued on both sides («أبو-ظبي», «24/7») are one name or one
	 * figure; {@code i} itself when nothing is joined to it.
	 */
	public int compoundEnd(int i) {
		int last = i;
		while (last + 2 < size && joins(last + 1)) {
			last += 2;
		}
		return last;
	}

	private boolean joins(int mark) {
		if (isWord(mark) || !isWord(mark + 1) || !glued(mark) || !glued(mark + 1)) {
			return false;
		}
		char c = form(mark).charAt(0);
		return c == '-' || c == '/';
	}

}
