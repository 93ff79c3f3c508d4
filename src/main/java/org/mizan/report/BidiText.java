package org.mizan.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps left-to-right runs (file names, ids, numbers with separators, English labels) in
 * their own order inside a right-to-left cell. Without it the bidirectional algorithm
 * reorders the digit groups of a run around its punctuation:
 * {@code (004_860fdb7c9942b757.txt)} shows as {@code (860_004fdb7c9942b757.txt)} in an
 * Arabic line. Each run is wrapped in a left-to-right isolate (U+2066 ... U+2069), which
 * Excel and LibreOffice honour and which a search for the file name still finds (the
 * marks are invisible and outside the name).
 */
final class BidiText {

	static final char LRI = '\u2066';

	static final char PDI = '\u2069';

	/**
	 * A run of Latin letters and digits, with the punctuation found inside names and
	 * numbers, and the single spaces between such words ({@code more than 4},
	 * {@code about 5,000}); it starts and ends on a letter or a digit.
	 */
	private static final Pattern LATIN_RUN = Pattern.compile(
			"[A-Za-z0-9](?:[A-Za-z0-9._,:/%\\-\u2013]*[A-Za-z0-9%])?(?: [A-Za-z0-9](?:[A-Za-z0-9._,:/%\\-\u2013]*[A-Za-z0-9%])?)*");

	private BidiText() {
	}

	/**
	 * The text with each left-to-right run isolated; null and texts without such a run
	 * are returned as they are.
	 */
	static String isolate(String text) {
		if (text == null || text.isEmpty() || text.indexOf(LRI) >= 0) {
			return text;
		}
		Matcher run = LATIN_RUN.matcher(text);
		if (!run.find()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		int last = 0;
		do {
			if (needsIsolate(run.group())) {
				out.append(text, last, run.start()).append(LRI).append(run.group()).append(PDI);
				last = run.end();
			}
		}
		while (run.find());
		return out.append(text, last, text.length()).toString();
	}

	/**
	 * The text without the isolates {@link #isolate} adds: what a reviewer's workbook
	 * shows, read back.
	 */
	static String strip(String text) {
		if (text == null || (text.indexOf(LRI) < 0 && text.indexOf(PDI) < 0)) {
			return text;
		}
		return text.replace(String.valueOf(LRI), "").replace(String.valueOf(PDI), "");
	}

	/**
	 * A plain number or word reads the same either way; a run with inner punctuation or
	 * spaces is what reorders.
	 */
	private static boolean needsIsolate(String run) {
		for (int i = 0; i < run.length(); i++) {
			char c = run.charAt(i);
			if (!Character.isLetterOrDigit(c)) {
				return true;
			}
		}
		return false;
	}

}
