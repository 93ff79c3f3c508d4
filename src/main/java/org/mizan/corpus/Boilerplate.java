package org.mizan.corpus;

import java.util.ArrayList;
import java.util.List;

import org.mizan.text.ArticleTokens;
import org.mizan.text.TextSpan;

/**
 * Finds the page boilerplate in an article's text: masthead date and editor lines, labels
 * and category lines at the top, related/next-article links, comment forms, photo
 * counters, share bars. Facts must not be taken from these spans. Line-based: each rule
 * looks at one line's cue (from {@code lexicon/boilerplate.yml}), its length, and where
 * it stands; the page header is what comes before the first body paragraph (a long line),
 * the footer what comes after the last. Body paragraphs are never dropped, whatever words
 * they contain. Immutable once built: safe to share between threads. Nothing is cached:
 * an article's regions are found once, when it is decoded, and travel with it
 * ({@link DecodedArticle#boilerplate()}, then the extractor's reading).
 */
public class Boilerplate {

	private final BoilerplateCues cues;

	public Boilerplate() {
		this(BoilerplateCues.load());
	}

	Boilerplate(BoilerplateCues cues) {
		this.cues = cues;
	}

	/**
	 * The boilerplate spans, in order (unmodifiable); blank lines between two boilerplate
	 * lines are part of one span.
	 */
	public List<TextSpan> regions(String text) {
		return regions(ArticleTokens.read(text));
	}

	/** The boilerplate spans of an article read into its tokens. */
	public List<TextSpan> regions(ArticleTokens tokens) {
		List<PageLine> lines = PageLine.split(tokens);
		boolean[] dropped = new Page(lines, cues).classify();
		List<TextSpan> spans = new ArrayList<>();
		PageLine first = null;
		PageLine last = null;
		for (PageLine line : lines) {
			if (line.isBlank()) {
				continue;
			}
			if (dropped[line.index()]) {
				first = first == null ? line : first;
				last = line;
			}
			else if (first != null) {
				spans.add(new TextSpan(first.start(), last.end()));
				first = null;
			}
		}
		if (first != null) {
			spans.add(new TextSpan(first.start(), last.end()));
		}
		return List.copyOf(spans);
	}

	/** True when the offset falls inside boilerplate. */
	public static boolean covers(List<TextSpan> regions, int offset) {
		return regions.stream().anyMatch(span -> span.contains(offset));
	}

}
