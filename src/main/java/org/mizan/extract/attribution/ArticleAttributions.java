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
	 * The source that governs a span (a fact's surface): the nearest attribution whose scope covers it, else the
	 * outlet the whole article relays, else {@link SourceRef#none} with the sentence's hedge. Never null.
	 */
	SourceRef sourceFor(TextSpan span);

	/** The outlet the article says it reports from as a whole ({@code المصدر: رويترز}), or null. */
	String relayedOutlet();

}
