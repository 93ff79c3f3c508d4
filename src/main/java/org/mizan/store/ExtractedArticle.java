package org.mizan.store;

import org.mizan.corpus.DecodedArticle;
import org.mizan.extract.ArticleExtraction;

/**
 * What the extract step hands to its writer: the article as read and either its fresh
 * extraction (with its near-duplicate signature) or the earlier extraction of the same
 * bytes to reuse. Both are null when the article was skipped.
 */
public record ExtractedArticle(DecodedArticle article, ArticleExtraction extraction, String signature,
		ExtractionStore.Reusable reuse) {
}
