package org.mizan.corpus;

import java.util.ArrayList;
import java.util.List;

import org.mizan.text.ArabicLetters;

/**
 * One line of an article: its span in the text (line end and a trailing CR excluded), its
 * normalized form (see {@link #normalize}) and its tokens (runs of letters or of digits).
 * The tokens are counted when the line is read and listed only when a rule asks for them:
 * most lines are paragraphs that no rule reads word by word.
 */
final class PageLine {

	private final int index;

	private final int start;

	private final int end;

	private final String normalized;

	private final int size;

	private final boolean hasNumber;

	private final boolean hasWord;

	private List<String> tokens;

	private PageLine(int index, int start, int end, String normalized) {
		this.index = index;
		this.start = start;
		this.end = end;
		this.normalized = normalized;
		int count = 0;
		boolean number = false;
		boolean word = false;
		int kind = 0;
		for (int i = 0; i < normalized.length(); i++) {
			int next = kindOf(normalized.charAt(i));
			if (next != kind && next != 0) {
				count++;
				number |= next == 2;
				word |= next == 1;
			}
			kind = next;
		}
		this.size = count;
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

	List<String> tokens() {
		if (tokens == null) {
			tokens = tokens(normalized);
		}
		return tokens;
	}

	static List<PageLine> split(String text) {
		List<PageLine> lines = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int newline = text.indexOf('\n', start);
			int end = newline < 0 ? text.length() : newline;
			int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
			String normalized = normalize(text.substring(start, contentEnd));
			lines.add(new PageLine(lines.size(), start, contentEnd, normalized));
			if (newline < 0) {
				break;
			}
			start = newline + 1;
		}
		return lines;
	}

	boolean isBlank() {
		return size == 0 && normalized.isBlank();
	}

	int size() {
		return size;
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

	static boolean isNumber(String token) {
		return Character.isDigit(token.charAt(0));
	}

	static List<String> tokens(String normalized) {
		List<String> tokens = new ArrayList<>();
		int start = -1;
		int kind = 0;
		for (int i = 0; i <= normalized.length(); i++) {
			int next = i == normalized.length() ? 0 : kindOf(normalized.charAt(i));
			if (next != kind) {
				if (kind != 0) {
					tokens.add(normalized.substring(start, i));
				}
				start = i;
				kind = next;
			}
		}
		return tokens;
	}

	/**
	 * 1 for a letter, 2 for a digit, 0 for anything else: a token is a run of one kind.
	 */
	private static int kindOf(char c) {
		if (c >= '\u0621' && c <= '\u064A') {
			// Arabic letters (and the tatweel, a modifier letter) first: most of the text
			return 1;
		}
		if (c < 0x80) {
			return c >= '0' && c <= '9' ? 2 : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
		}
		return Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
	}

	/**
	 * For matching cues only: harakat and tatweel dropped, alef forms → ا, ى → ي, ة → ه,
	 * Arabic-Indic digits → ASCII, Latin lowercased, runs of spaces → one, trimmed.
	 */
	static String normalize(String line) {
		// a char array, and Arabic letters told apart first: this runs on every line of
		// every article
		char[] out = new char[line.length()];
		int n = 0;
		boolean space = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == ' ') {
				space = n > 0;
				continue;
			}
			boolean arabicLetter = c >= '\u0621' && c <= '\u064A' && c != '\u0640';
			if (!arabicLetter) {
				if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
						|| Character.getType(c) == Character.FORMAT) {
					continue;
				}
				if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
					space = n > 0;
					continue;
				}
			}
			if (space) {
				out[n++] = ' ';
				space = false;
			}
			out[n++] = fold(c);
		}
		return new String(out, 0, n);
	}

	private static char fold(char c) {
		if (c < 0x80) {
			// digits, spaces and punctuation most of all: no table to look in
			return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
		}
		char folded = ArabicLetters.fold(c);
		// Arabic has no case
		return folded != c || (c >= '\u0600' && c <= '\u06FF') ? folded : Character.toLowerCase(c);
	}

}
