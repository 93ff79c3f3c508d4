package org.mizan.corpus;

import java.util.List;

/** The boilerplate rules applied to the lines of one article. */
final class Page {

	private final List<PageLine> lines;

	private final BoilerplateCues cues;

	private final boolean[] dropped;

	/**
	 * Index of the first and last body paragraph (long line); without any, the whole page
	 * is header and footer.
	 */
	private final int firstBody;

	private final int lastBody;

	Page(List<PageLine> lines, BoilerplateCues cues) {
		this.lines = lines;
		this.cues = cues;
		this.dropped = new boolean[lines.size()];
		int first = lines.size();
		int last = -1;
		for (PageLine line : lines) {
			if (isBody(line)) {
				first = Math.min(first, line.index());
				last = line.index();
			}
		}
		// a long headline (no full stop) is not where the body starts: the masthead under
		// it is still page header
		if (first == 0 && last > 0 && !lines.get(0).normalized().endsWith(".")) {
			first = lines.size();
			for (PageLine line : lines.subList(1, lines.size())) {
				if (isBody(line)) {
					first = Math.min(first, line.index());
				}
			}
		}
		this.firstBody = first;
		this.lastBody = last;
	}

	boolean[] classify() {
		for (PageLine line : lines) {
			if (!line.isBlank() && !dropped[line.index()]) {
				dropped[line.index()] = isBoilerplate(line);
			}
		}
		dropTickers();
		return dropped;
	}

	private boolean isBody(PageLine line) {
		return line.size() >= cues.limit("long_line_tokens") && !cues.startsWithAny(line, cues.linePrefixes)
				&& !cues.startsWithAny(line, cues.linkPrefixes);
	}

	private boolean isBoilerplate(PageLine line) {
		boolean header = line.index() < firstBody;
		boolean edge = header || line.index() > lastBody;
		boolean isShort = line.size() <= cues.limit("short_line_tokens");
		if (cues.startsWithAny(line, cues.linePrefixes)
				|| (isShort && cues.containsAny(line, cues.shortLineContains))) {
			return true;
		}
		boolean stamped = cues.startsWithAny(line, cues.published);
		if (cues.isDateLine(line) && (edge || stamped)) {
			return true;
		}
		if (stamped && line.hasNumber() && line.size() <= cues.limit("date_line_tokens")) {
			return true;
		}
		if (cues.isOnly(line, cues.editor)) {
			dropNext(line, cues.limit("name_line_tokens"), false);
			return true;
		}
		if (cues.isCueThenName(line, cues.editor, cues.limit("name_line_tokens"))) {
			return true;
		}
		if (cues.isOnly(line, cues.labels) || (header && (cues.isSectionLine(line) || cues.isBreadcrumb(line)))) {
			return true;
		}
		if (cues.isOnly(line, cues.previousNext)) {
			dropNext(line, cues.limit("link_title_tokens"), true);
			return true;
		}
		if (cues.startsWithAny(line, cues.linkPrefixes)) {
			if (cues.isOnly(line, cues.linkPrefixes)) {
				dropBlock(line);
			}
			return true;
		}
		if (isShort && cues.startsWithAny(line, cues.blockHeaders)) {
			dropBlock(line);
			return true;
		}
		if (line.isNumberOnly(cues.numberLineMarks) && (edge || previousMentionsPhoto(line))) {
			return true;
		}
		if (line.index() > 0 && (cues.isFieldLine(line) || cues.isWireCode(line) || cues.isContactLine(line))) {
			return true;
		}
		if (edge && line.index() > 0 && cues.isCounterLine(line)) {
			return true;
		}
		if (line.index() > lastBody && lastBody >= 0 && line.isListItem()) {
			return true;
		}
		return line.size() <= cues.limit("share_line_tokens")
				&& (cues.startsWithAny(line, cues.sharePrefixes) || cues.isShareLine(line));
	}

	private boolean previousMentionsPhoto(PageLine line) {
		PageLine previous = previousNonBlank(line.index());
		return previous != null && cues.containsAny(previous, cues.captions);
	}

	/** The link or name line that belongs to a cue line. */
	private void dropNext(PageLine cue, int maxTokens, boolean numbersAllowed) {
		PageLine next = nextNonBlank(cue.index());
		if (next != null && next.size() <= maxTokens && (numbersAllowed || !next.hasNumber())) {
			dropped[next.index()] = true;
		}
	}

	/**
	 * The list a header opens: in the footer, everything to the end of the page; within
	 * the body, the following short lines up to a blank line.
	 */
	private void dropBlock(PageLine header) {
		if (lastBody >= 0 && header.index() > lastBody) {
			for (int i = header.index() + 1; i < lines.size(); i++) {
				dropped[i] = true;
			}
			return;
		}
		// in the page header, the line right above the first paragraph is the headline: a
		// list never takes it
		int stop = header.index() < firstBody ? previousNonBlank(firstBody).index() : lines.size();
		PageLine next = nextNonBlank(header.index());
		int taken = 0;
		while (next != null && next.index() < stop && taken < cues.limit("block_lines")
				&& next.size() < cues.limit("long_line_tokens")) {
			dropped[next.index()] = true;
			taken++;
			int following = next.index() + 1;
			if (following >= lines.size() || lines.get(following).isBlank()) {
				break;
			}
			next = lines.get(following);
		}
	}

	/**
	 * Two or more "عاجل | ..." lines in a row at the top, or one at the bottom of the
	 * page, are a news ticker.
	 */
	private void dropTickers() {
		int runStart = -1;
		int runLength = 0;
		for (int i = 0; i <= lines.size(); i++) {
			PageLine line = i < lines.size() ? lines.get(i) : null;
			if (line != null && line.isBlank()) {
				continue;
			}
			boolean ticker = line != null && (i < firstBody || i > lastBody) && cues.startsWithAny(line, cues.labels)
					&& !cues.isOnly(line, cues.labels) && line.size() < cues.limit("long_line_tokens");
			if (ticker) {
				runStart = runLength == 0 ? i : runStart;
				runLength++;
				continue;
			}
			// below the last paragraph one such line is already a ticker; above the body
			// it may be the headline
			if (runLength >= 2 || runLength == 1 && lastBody >= 0 && runStart > lastBody) {
				for (int j = runStart; j < i; j++) {
					dropped[j] = true;
				}
			}
			runLength = 0;
		}
	}

	private PageLine nextNonBlank(int index) {
		for (int i = index + 1; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				return lines.get(i);
			}
		}
		return null;
	}

	private PageLine previousNonBlank(int index) {
		for (int i = Math.min(index, lines.size()) - 1; i >= 0; i--) {
			if (!lines.get(i).isBlank()) {
				return lines.get(i);
			}
		}
		return null;
	}

}
