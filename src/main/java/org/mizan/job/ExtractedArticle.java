package org.mizan.job;

import org.mizan.corpus.DecodedArticle;
import org.mizan.extract.ArticleExtraction;

/** What the extract step hands to its writer: the article as read and, when it could be read, its extraction. */
record ExtractedArticle(DecodedArticle article, ArticleExtraction extraction) {
}
