package org.mizan.extract.attribution;

import org.mizan.extract.SourceRef;
import org.mizan.extract.SourceType;

/**
 * A line that names the story's origin as a whole, near the end or the start of the
 * article ({@code المصدر : X}).
 */
final class RelayLine {

	private static final int LINES_LOOKED_AT = 8;

	private static final int MASTHEAD_LINES = 3;

	private static final int MAX_CREDIT = 80;

	private static final int HEADER_LINES = 10;

	private final CueLexicon lex;

	private final SourceNamer namer;

	RelayLine(CueLexicon lex, SourceNamer namer) {
		this.lex = lex;
		this.namer = namer;
	}

	/**
	 * The origin a credit line among the last lines declares (the whole text is the
	 * origin's), or null.
	 */
	SourceRef atBottom(String text) {
		String[] lines = text.split("\n");
		return scan(lines, lines.length - 1, -1);
	}

	/**
	 * The origin a credit line in the page header declares (a reprint of it), or null.
	 */
	SourceRef atTop(String text) {
		return scan(text.split("\n"), 0, 1);
	}

	/**
	 * The publisher the page names at its top: the first field of a masthead line («X |
	 * المدينة | التاريخ»), else a byline of a few words holding an outlet's head noun
	 * («الرئيس نيوز»); or null.
	 */
	String publisher(String text) {
		String[] lines = text.split("\n");
		String byline = null;
		for (int i = 1, n = 0; i < lines.length && n < HEADER_LINES; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			n++;
			int bar = line.indexOf('|');
			if (bar > 0 && n <= MASTHEAD_LINES) {
				// an outlet's name may hold a number («شاشة 24»), a date never is a name
				String name = line.substring(0, bar).strip();
				String letters = name.replaceAll("\\s\\d+$", "");
				return isName(letters, 6) ? name : null;
			}
			if (byline == null && isName(line, 3) && namesOutlet(line)) {
				byline = line;
			}
		}
		return byline;
	}

	private static boolean isName(String s, int maxWords) {
		return !s.isEmpty() && s.chars().noneMatch(Character::isDigit) && s.split("\\s+").length <= maxWords
				&& s.chars()
					.allMatch(c -> Character.isLetter(c) || Character.isWhitespace(c) || c == '.'
							|| Character.getType(c) == Character.NON_SPACING_MARK);
	}

	private boolean namesOutlet(String line) {
		for (String word : Norm.plain(line).split(" ")) {
			SourceType type = namer.headType(word);
			if (type == SourceType.OUTLET || type == SourceType.AGENCY) {
				return true;
			}
		}
		return false;
	}

	private SourceRef scan(String[] lines, int from, int step) {
		for (int n = 0, i = from; i >= 0 && i < lines.length && n < LINES_LOOKED_AT; i += step) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.length() > MAX_CREDIT) {
				// a paragraph: credits stand above the body or below it
				return null;
			}
			n++;
			// a credit may share its line with other fields («المصدر: وكالة X | عدد
			// القراءات: 874»)
			for (String field : line.split("\\|")) {
				SourceRef ref = parse(field.strip());
				if (ref != null) {
					return ref;
				}
			}
		}
		return null;
	}

	private SourceRef parse(String line) {
		if (line.length() > MAX_CREDIT) {
			return null;
		}
		int colon = line.indexOf(':');
		String label = colon < 0 ? null : Norm.plain(line.substring(0, colon));
		String name = colon < 0 ? null : line.substring(colon + 1).strip();
		if (label == null || !lex.relayLines.contains(label)) {
			// «نقلا عن وكالة X» without a colon: a relay label, then the name
			name = null;
			String[] words = line.split("\\s+");
			for (int k = Math.min(3, words.length - 1); k >= 1 && name == null; k--) {
				String head = Norm.plain(String.join(" ", java.util.Arrays.copyOf(words, k)));
				if (lex.relayLines.contains(head) && head.contains(" ")) {
					name = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
				}
			}
			if (name == null) {
				return null;
			}
		}
		if (name.isEmpty() || name.split("\\s+").length > 6 || name.chars().anyMatch(Character::isDigit)) {
			return null;
		}
		SourceType type = namer.type(name);
		return new SourceRef(name, namer.key(name, type == null ? SourceType.OUTLET : type),
				type == null || type == SourceType.PERSON ? SourceType.OUTLET : type, java.util.List.of(), line, null);
	}

}
