package org.mizan.corpus;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * LSH band buckets: band key → up to {@link MinHash#MAX_BUCKET} article ids, in primitive
 * arrays (open addressing). A hundred thousand articles make 2.5 million band keys,
 * nearly all in a bucket of their own: as boxed maps and lists they took hundreds of
 * megabytes, here about 30 bytes each.
 */
final class BandBuckets {

	/** Slot of a key: its first entry + 1 (0 = empty slot). */
	private int[] heads = new int[1 << 16];

	private long[] keys = new long[1 << 16];

	private byte[] sizes = new byte[1 << 16];

	private int used;

	/** Entries: an article id and the next entry of the same bucket + 1 (0 = none). */
	private int[] articles = new int[1 << 16];

	private int[] next = new int[1 << 16];

	private int entries;

	/** Adds the article to the key's bucket unless the bucket is full. */
	void add(long key, int article) {
		int slot = slot(key);
		if (heads[slot] == 0) {
			keys[slot] = key;
			used++;
		}
		else if (sizes[slot] >= MinHash.MAX_BUCKET) {
			return;
		}
		if (entries == articles.length) {
			articles = Arrays.copyOf(articles, entries * 2);
			next = Arrays.copyOf(next, entries * 2);
		}
		articles[entries] = article;
		next[entries] = heads[slot];
		heads[slot] = ++entries;
		sizes[slot]++;
		if (used * 4 > heads.length * 3) {
			grow();
		}
	}

	void forEach(long key, IntConsumer action) {
		for (int e = heads[slot(key)]; e != 0; e = next[e - 1]) {
			action.accept(articles[e - 1]);
		}
	}

	/** The key's slot, or the empty slot where it would go. */
	private int slot(long key) {
		int mask = heads.length - 1;
		int slot = (int) MinHash.mix(key) & mask;
		while (heads[slot] != 0 && keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void grow() {
		int[] oldHeads = heads;
		long[] oldKeys = keys;
		byte[] oldSizes = sizes;
		heads = new int[oldHeads.length * 2];
		keys = new long[oldHeads.length * 2];
		sizes = new byte[oldHeads.length * 2];
		for (int i = 0; i < oldHeads.length; i++) {
			if (oldHeads[i] != 0) {
				int slot = slot(oldKeys[i]);
				heads[slot] = oldHeads[i];
				keys[slot] = oldKeys[i];
				sizes[slot] = oldSizes[i];
			}
		}
	}

}
