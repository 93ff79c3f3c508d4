package org.mizan.text;

import java.util.Arrays;

/**
 * The words and marks of an article, read once for every recognizer that reads words: a
 * word is a run of letters, digits and combining marks, folded by
 * {@link ArabicLetters#foldWord}; any other character that is not a space is a mark of
 * its own. Offsets are into the article's text. Immutable once built.
 */
public final class ArticleTokens {

	private final String text;

	/** The article's normalized text, when the tokens were read from it. */
	private final NormalizedText normalized;

	private final int[] start;

	private final int[] end;

	/** A word's folded form, or a mark's character as written. */
	private final String[] form;

	private final boolean[] word;

	private final int size;

	private ArticleTokens(String text, NormalizedText normalized, int[] start, int[] end, String[] form, boolean[] word,
			int size) {
		this.text = text;
		this.normalized = normalized;
		this.start = start;
		this.end = end;
		this.form = form;
		this.word = word;
		this.size = size;
	}

	/**
	 * The tokens of a text of its own (a sentence, a test): each word folded by
	 * {@link ArabicLetters#foldWord}.
	 */
	public static ArticleTokens of(String text) {
		return of(text, null);
	}

	/**
	 * An article read once: its text normalized by {@link ArabicNormalizer} and its
	 * tokens' forms taken from that.
	 */
	public static ArticleTokens read(String text) {
		return of(text, ArabicNormalizer.normalize(text));
	}

	/**
	 * The tokens of an article whose text is already folded: each word's form is its span
	 * of the normalized text (the letters folded once for the whole article), lowercased
	 * as {@link ArabicLetters#foldWord} lowercases.
	 */
	public static ArticleTokens of(String text, NormalizedText normalized) {
		int capacity = Math.max(16, text.length() / 4);
		int[] start = new int[capacity];
		int[] end = new int[capacity];
		String[] form = new String[capacity];
		boolean[] word = new boolean[capacity];
		int n = 0;
		int length = text.length();
		int i = 0;
		// the normalized char the next word's letters start at
		int k = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				i++;
				continue;
			}
			if (n == start.length) {
				start = Arrays.copyOf(start, n * 2);
				end = Arrays.copyOf(end, n * 2);
				form = Arrays.copyOf(form, n * 2);
				word = Arrays.copyOf(word, n * 2);
			}
			start[n] = i;
			if (isWordChar(c)) {
				while (i < length && isWordChar(text.charAt(i))) {
					i++;
				}
				if (normalized == null) {
					form[n] = ArabicLetters.foldWord(text, start[n], i);
				}
				else {
					while (k < normalized.length() && normalized.originalOffset(k) < start[n]) {
						k++;
					}
					int from = k;
					while (k < normalized.length() && normalized.originalOffset(k) < i) {
						k++;
					}
					form[n] = ArabicLetters.lowerCase(normalized.text().substring(from, k));
				}
				word[n] = true;
			}
			else {
				i++;
				form[n] = String.valueOf(c);
			}
			end[n++] = i;
		}
		return new ArticleTokens(text, normalized, start, end, form, word, n);
	}

	/**
	 * A character of a word: Arabic letters (with tatweel) first, as most characters of
	 * an article are, then any letter, digit or combining mark.
	 */
	public static boolean isWordChar(char c) {
		return (c >= '\u0621' && c <= '\u064A') || Character.isLetterOrDigit(c)
				|| Character.getType(c) == Character.NON_SPACING_MARK;
	}

	/** White space, the no-break space and the bidi marks: between tokens. */
	public static boolean isSpace(char c) {
		return c == ' ' || Character.isWhitespace(c) || c == '\u200F' || c == '\u200E' || c == '\u00A0';
	}

	public String text() {
		return text;
	}

	/**
	 * The normalized text the forms were taken from; null for the tokens of a text of its
	 * own ({@link #of(String)}).
	 */
	public NormalizedText normalized() {
		return normalized;
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
			if (plain.length() > 0 && start[i] != lastEnd) {
				plain.append(' ');
			}
			plain.append(form[i]);
			lastEnd = end[i];
		}
		return plain.toString();
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

	/** The first token that ends after {@code offset}. */
	private int firstEndingAfter(int offset) {
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

	/** True when token {@code i} follows token {@code i - 1} with nothing between. */
	public boolean glued(int i) {
		return i > 0 && start[i] == end[i - 1];
	}

}
