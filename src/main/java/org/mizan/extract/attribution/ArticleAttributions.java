package org.mizan.extract.attribution;

import java.util.List;

import org.mizan.extract.Attribution;
import org.mizan.extract.SourceRef;
import org.mizan.text.TextSpan;

/** The attributions of one article, and the source that governs any span of it. */
public interface ArticleAttributions {

	/** Every attributed statement, in text order. */
	List<Attribution> statements();

	/**
	 * The source that governs a span (a fact's surface): the nearest attribution whose
	 * scope covers it, else the outlet the whole article relays, else
	 * {@link SourceRef#none} with the sentence's hedge. Never null.
	 */
	SourceRef sourceFor(TextSpan span);

	/**
	 * The outlet the article comes from, for the {@code Articles} sheet: the original a
	 * reprint credits ({@code المصدر: رويترز}), else the publisher its masthead or byline
	 * names; or null (the outlet a report relays is not who published it).
	 */
	String publisher();

}
