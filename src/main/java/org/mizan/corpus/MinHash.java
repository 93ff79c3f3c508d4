package org.mizan.corpus;

import java.util.SplittableRandom;

/** MinHash signatures and their LSH band keys. */
final class MinHash {

	static final int BANDS = 25;

	static final int ROWS = 5;

	static final int HASHES = BANDS * ROWS;

	/**
	 * A band bucket keeps this many articles at most (a page template shared by thousands
	 * adds nothing).
	 */
	static final int MAX_BUCKET = 16;

	private static final long[] MULTIPLIERS = new long[HASHES];

	private static final long[] ADDENDS = new long[HASHES];

	static {
		SplittableRandom random = new SplittableRandom(20240416L);
		for (int i = 0; i < HASHES; i++) {
			MULTIPLIERS[i] = random.nextLong() | 1L;
			ADDENDS[i] = random.nextLong();
		}
	}

	private MinHash() {
	}

	/** Null for a text without words. */
	static int[] signature(long[] shingles) {
		if (shingles.length == 0) {
			return null;
		}
		int[] signature = new int[HASHES];
		// one hash function at a time over all shingles: a minimum reduction the JIT
		// keeps in a register, not a load and a store of the signature per shingle
		for (int i = 0; i < HASHES; i++) {
			long multiplier = MULTIPLIERS[i];
			long addend = ADDENDS[i];
			int min = Integer.MAX_VALUE;
			for (long shingle : shingles) {
				min = Math.min(min, (int) ((shingle * multiplier + addend) >>> 33));
			}
			signature[i] = min;
		}
		return signature;
	}

	static double similarity(int[] a, int[] b) {
		if (a == null || b == null) {
			return 0;
		}
		int same = 0;
		for (int i = 0; i < HASHES; i++) {
			if (a[i] == b[i]) {
				same++;
			}
		}
		return same / (double) HASHES;
	}

	/**
	 * The fewest agreeing hashes whose similarity ({@link #similarity}) is at least the
	 * given one.
	 */
	static int atLeast(double similarity) {
		int same = Math.max(0, (int) Math.floor(similarity * HASHES) - 1);
		while (same / (double) HASHES < similarity) {
			same++;
		}
		return same;
	}

	/**
	 * How many hashes of two signatures agree, counted exactly when at least
	 * {@code needed} do; otherwise the count stops early and is some number below
	 * {@code needed}.
	 */
	static int agreeing(int[] a, int[] b, int needed) {
		if (a == null || b == null) {
			return 0;
		}
		int missesLeft = HASHES - needed;
		int same = 0;
		for (int i = 0; i < HASHES; i++) {
			if (a[i] == b[i]) {
				same++;
			}
			else if (--missesLeft < 0) {
				return Math.min(same, needed - 1);
			}
		}
		return same;
	}

	static long[] bandKeys(int[] signature) {
		long[] keys = new long[BANDS];
		for (int band = 0; band < BANDS; band++) {
			long key = band;
			for (int row = 0; row < ROWS; row++) {
				key = mix(key * 31 + signature[band * ROWS + row]);
			}
			keys[band] = key;
		}
		return keys;
	}

	/** The splitmix64 finalizer. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
