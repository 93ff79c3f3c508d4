package org.mizan.job;

import java.nio.file.Path;
import java.util.List;

import org.mizan.corpus.CorpusEntry;
import org.mizan.corpus.CorpusScanner;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a corpus folder one article at a time. The position is saved with every chunk, so a restarted run
 * continues after the last committed article (the listing is sorted, hence the same on restart).
 */
class ArticleItemReader extends AbstractItemCountingItemStreamItemReader<CorpusEntry> {

	private final Path folder;

	private final CorpusScanner scanner;

	private List<CorpusEntry> entries;

	ArticleItemReader(Path folder, CorpusScanner scanner) {
		this.folder = folder;
		this.scanner = scanner;
		setName("articles");
	}

	@Override
	protected void doOpen() {
		entries = scanner.scan(folder);
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
