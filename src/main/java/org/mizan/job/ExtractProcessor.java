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
		DecodedArticle article = reader.read(entry);
		return new ExtractedArticle(article, article.isOk() ? extractor.extract(article.text()) : null);
	}

}
