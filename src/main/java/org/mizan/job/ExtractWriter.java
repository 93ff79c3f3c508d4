package org.mizan.job;

import org.mizan.store.ExtractionStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores a chunk of extracted articles in the step's transaction. */
class ExtractWriter implements ItemWriter<ExtractedArticle> {

	private final ExtractionStore store;

	private final long runId;

	ExtractWriter(ExtractionStore store, long runId) {
		this.store = store;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends ExtractedArticle> chunk) {
		for (ExtractedArticle item : chunk) {
			store.save(runId, item.article(), item.extraction());
		}
	}

}
