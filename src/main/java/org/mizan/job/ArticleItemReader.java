package org.mizan.job;

import java.util.List;
import java.util.function.Supplier;

import org.mizan.corpus.CorpusEntry;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads one partition of a corpus, the articles {@code [from, to)} of its sorted listing,
 * one at a time. The position is saved with every chunk, so a restarted partition
 * continues after its last committed article.
 */
class ArticleItemReader extends AbstractItemCountingItemStreamItemReader<CorpusEntry> {

	private final Supplier<List<CorpusEntry>> listing;

	private final int from;

	private final int to;

	private List<CorpusEntry> entries;

	ArticleItemReader(Supplier<List<CorpusEntry>> listing, int from, int to) {
		this.listing = listing;
		this.from = from;
		this.to = to;
		setName("articles");
	}

	@Override
	protected void doOpen() {
		List<CorpusEntry> all = listing.get();
		entries = all.subList(Math.min(from, all.size()), Math.min(to, all.size()));
	}

	@Override
	protected CorpusEntry doRead() {
		int next = getCurrentItemCount() - 1;
		return next < entries.size() ? entries.get(next) : null;
	}

	@Override
	protected void doClose() {
		entries = null;
	}

}
