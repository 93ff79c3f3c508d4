package org.mizan.job;

import org.mizan.store.ExtractedArticle;
import org.mizan.store.ExtractionStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores a chunk of extracted articles in the step's transaction. */
class ExtractWriter implements ItemWriter<ExtractedArticle> {

	private final ExtractionStore store;

	private final String extractorVersion;

	private final long runId;

	private final Progress progress;

	ExtractWriter(ExtractionStore store, String extractorVersion, long runId, Progress progress) {
		this.store = store;
		this.extractorVersion = extractorVersion;
		this.runId = runId;
		this.progress = progress;
	}

	@Override
	public void write(Chunk<? extends ExtractedArticle> chunk) {
		store.save(runId, chunk.getItems(), extractorVersion);
		progress.advance(chunk.size(), chunk.getItems().stream().mapToLong(item -> item.article().byteLength()).sum());
	}

}
