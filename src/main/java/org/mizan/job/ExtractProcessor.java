package org.mizan.job;

import org.mizan.corpus.ArticleReader;
import org.mizan.corpus.CorpusEntry;
import org.mizan.corpus.DecodedArticle;
import org.mizan.extract.ArticleExtractor;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Reads and extracts one article; a file that cannot be read becomes a SKIPPED article, never a failed run. */
class ExtractProcessor implements ItemProcessor<CorpusEntry, ExtractedArticle> {

	private final ArticleReader reader;

	private final ArticleExtractor extractor;

	ExtractProcessor(ArticleReader reader, ArticleExtractor extractor) {
		this.reader = reader;
		this.extractor = extractor;
	}

	@Override
	public ExtractedArticle process(CorpusEntry entry) {
		if (entry.skipReason() != null) {
			return new ExtractedArticle(
					new DecodedArticle(entry.name(), null, null, 0, "SKIPPED", entry.skipReason(), null), null);
		}
		DecodedArticle article = reader.read(entry.path(), entry.name());
		return new ExtractedArticle(article, article.ok() ? extractor.extract(article.text()) : null);
	}

}
