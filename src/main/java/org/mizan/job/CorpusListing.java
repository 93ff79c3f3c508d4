package org.mizan.job;

import java.util.List;

import org.mizan.corpus.CorpusEntry;

/**
 * The corpus's sorted listing, scanned once per job execution and shared by the
 * partitioner, every partition's reader and the progress report (a scan of a large corpus
 * is not free, and all of them must see the same list).
 */
class CorpusListing {

	private final List<CorpusEntry> entries;

	CorpusListing(List<CorpusEntry> entries) {
		this.entries = List.copyOf(entries);
	}

	List<CorpusEntry> entries() {
		return entries;
	}

	int size() {
		return entries.size();
	}

}
