package org.mizan.job;

import org.mizan.corpus.ArticleReader;
import org.mizan.corpus.CorpusEntry;
import org.mizan.corpus.DecodedArticle;
import org.mizan.corpus.NearDuplicates;
import org.mizan.extract.ArticleExtractor;
import org.mizan.extract.ArticleReading;
import org.mizan.store.ExtractedArticle;
import org.mizan.store.ExtractionStore;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads and extracts one article. A file that cannot be read becomes a SKIPPED article,
 * never a failed run; a file whose bytes were already extracted by the same extractor
 * version is not extracted again.
 */
class ExtractProcessor implements ItemProcessor<CorpusEntry, ExtractedArticle> {

	private final ArticleReader reader;

	private final ArticleExtractor extractor;

	private final NearDuplicates nearDuplicates;

	private final ExtractionStore store;

	ExtractProcessor(ArticleReader reader, ArticleExtractor extractor, NearDuplicates nearDuplicates,
			ExtractionStore store) {
		this.reader = reader;
		this.extractor = extractor;
		this.nearDuplicates = nearDuplicates;
		this.store = store;
	}

	@Override
	public ExtractedArticle process(CorpusEntry entry) {
		DecodedArticle article = reader.read(entry);
		if (!article.isOk()) {
			return new ExtractedArticle(article, null, null, null);
		}
		var reusable = store.findReusable(article.sha256(), extractor.version());
		if (reusable.isPresent()) {
			return new ExtractedArticle(article.withoutTokens(), null, null, reusable.get());
		}
		// the tokens and boilerplate read when the article was decoded serve the
		// extraction and the signature: the article is read once
		ArticleReading reading = extractor.read(article.tokens(), article.boilerplate());
		return new ExtractedArticle(article.withoutTokens(), extractor.extract(reading),
				nearDuplicates.signature(article.tokens(), reading.boilerplate()), null);
	}

}
