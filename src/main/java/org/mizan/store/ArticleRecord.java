package org.mizan.store;

import org.mizan.corpus.DecodedArticle;
import org.mizan.extract.ArticleExtraction;

/**
 * A row of {@code MIZAN_ARTICLE} as the extract step writes it, the one list of the
 * columns it writes ({@link RecordColumns}); the align step fills {@code COPY_OF} later.
 * The status is stored as the name of {@link org.mizan.corpus.ArticleStatus}.
 *
 * @param extractorVersion the version that extracted the facts, null for a skipped
 * article: an unchanged file's facts are reused only from the same version
 */
record ArticleRecord(long runId, String file, String title, String outlet, String sha256, int characters, int facts,
		String status, String reason, String signature, String extractorVersion) {

	static final RecordColumns<ArticleRecord> COLUMNS = new RecordColumns<>(ArticleRecord.class);

	static ArticleRecord of(long runId, ExtractedArticle item, String extractorVersion) {
		DecodedArticle article = item.article();
		ArticleExtraction extraction = item.extraction();
		return new ArticleRecord(runId, article.name(), ExtractionStore.clip(article.title(), 1000),
				extraction == null ? null : ExtractionStore.clip(extraction.outlet(), 500), article.sha256(),
				article.text() == null ? 0 : article.text().length(),
				extraction == null ? 0 : extraction.facts().size(), article.status().name(),
				ExtractionStore.clip(article.reason(), 1000), item.signature(),
				extraction == null ? null : extractorVersion);
	}

}
