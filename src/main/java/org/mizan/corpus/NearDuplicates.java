package org.mizan.corpus;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.mizan.text.ArticleTokens;
import org.mizan.text.TextSpan;

/**
 * Finds syndicated copies: two articles whose 5-word shingles (normalized words, page
 * boilerplate left out) have a Jaccard similarity of at least the threshold (0.8 by
 * default) are the same text, and the later one by name is the copy. The similarity is
 * estimated by MinHash and candidates are found by LSH banding, so the work grows
 * linearly with the corpus, never with the number of pairs. A copy of a copy points to
 * the first original.
 */
public final class NearDuplicates {

	public static final double DEFAULT_THRESHOLD = 0.8;

	private final double threshold;

	private final Boilerplate boilerplate;

	public NearDuplicates() {
		this(DEFAULT_THRESHOLD, new Boilerplate());
	}

	public NearDuplicates(double threshold, Boilerplate boilerplate) {
		if (threshold <= 0 || threshold > 1) {
			throw new IllegalArgumentException("similarity threshold must be in (0, 1]: " + threshold);
		}
		this.threshold = threshold;
		this.boilerplate = boilerplate;
	}

	/** Texts by article name → each copy's name with the name of its original. */
	public Map<String, String> copies(Map<String, String> textsByName) {
		Index index = newIndex();
		new TreeMap<>(textsByName).forEach(index::add);
		return index.copies();
	}

	/**
	 * An article's signature, compact enough to store (Base64), so copies can be found
	 * later without its text; null when the text is too short to have one.
	 */
	public String signature(String text) {
		ArticleTokens tokens = ArticleTokens.read(text);
		return signature(tokens, boilerplate.regions(tokens));
	}

	/**
	 * The signature of an article read into its tokens, whose boilerplate is known (found
	 * when it was decoded).
	 */
	public String signature(ArticleTokens tokens, List<TextSpan> boilerplate) {
		int[] signature = MinHash.signature(Shingles.of(tokens, boilerplate));
		if (signature == null) {
			return null;
		}
		ByteBuffer bytes = ByteBuffer.allocate(signature.length * Integer.BYTES);
		bytes.asIntBuffer().put(signature);
		return Base64.getEncoder().encodeToString(bytes.array());
	}

	/**
	 * For a corpus too big to hold its texts at once: feed the articles one by one, in
	 * name order.
	 */
	public Index newIndex() {
		return new Index();
	}

	/** An index of article signatures; not thread-safe (one writer). */
	public final class Index {

		private final List<String> names = new ArrayList<>();

		private final List<int[]> signatures = new ArrayList<>();

		/** Per article, the id of its first original (itself when it is none's copy). */
		private int[] originals = new int[1024];

		private final BandBuckets buckets = new BandBuckets();

		/**
		 * The article a candidate was last compared with: each candidate is compared once
		 * per article.
		 */
		private int[] comparedWith = new int[1024];

		private final Map<String, String> copies = new LinkedHashMap<>();

		private Index() {
		}

		/**
		 * Adds an article (names must come in ascending order); the name of its original
		 * if it is a copy.
		 */
		public Optional<String> add(String name, String text) {
			ArticleTokens tokens = ArticleTokens.read(text);
			return add(name, MinHash.signature(Shingles.of(tokens, boilerplate.regions(tokens))));
		}

		/**
		 * Adds an article by its stored {@link NearDuplicates#signature} (null when it
		 * has none).
		 */
		public Optional<String> addSignature(String name, String storedSignature) {
			if (storedSignature == null) {
				return add(name, (int[]) null);
			}
			IntBuffer ints = ByteBuffer.wrap(Base64.getDecoder().decode(storedSignature)).asIntBuffer();
			int[] signature = new int[ints.remaining()];
			ints.get(signature);
			return add(name, signature);
		}

		private Optional<String> add(String name, int[] signature) {
			if (!names.isEmpty() && names.get(names.size() - 1).compareTo(name) >= 0) {
				throw new IllegalStateException(
						"articles must be added in name order: " + name + " after " + names.get(names.size() - 1));
			}
			int id = names.size();
			int original = signature == null ? -1 : bestMatch(id, signature);
			names.add(name);
			signatures.add(signature);
			if (id == originals.length) {
				originals = Arrays.copyOf(originals, 2 * id);
				comparedWith = Arrays.copyOf(comparedWith, 2 * id);
			}
			originals[id] = original < 0 ? id : originals[original];
			comparedWith[id] = -1;
			if (signature == null) {
				return Optional.empty();
			}
			for (long key : MinHash.bandKeys(signature)) {
				buckets.add(key, id);
			}
			if (original < 0) {
				return Optional.empty();
			}
			String root = names.get(originals[id]);
			copies.put(name, root);
			return Optional.of(root);
		}

		/** Copy → original, in the order the copies were added. */
		public Map<String, String> copies() {
			return new LinkedHashMap<>(copies);
		}

		/**
		 * The earlier article most similar to this one, at least the threshold (ties: the
		 * earliest), or -1. A candidate's comparison stops as soon as it cannot reach the
		 * best similarity so far.
		 */
		private int bestMatch(int id, int[] signature) {
			int[] best = { -1 };
			int[] bestSame = { -1 };
			double[] bestSimilarity = { threshold };
			for (long key : MinHash.bandKeys(signature)) {
				buckets.forEach(key, candidate -> {
					if (comparedWith[candidate] == id) {
						return;
					}
					comparedWith[candidate] = id;
					int same = MinHash.agreeing(signature, signatures.get(candidate),
							MinHash.atLeast(bestSimilarity[0]));
					double similarity = same / (double) MinHash.HASHES;
					// the first match reaches the threshold; a later one agrees on more
					// hashes than the best, or on as many and is an earlier article
					boolean better = (best[0] < 0) ? similarity >= threshold
							: same > bestSame[0] || (same == bestSame[0] && candidate < best[0]);
					if (better) {
						best[0] = candidate;
						bestSame[0] = same;
						bestSimilarity[0] = similarity;
					}
				});
			}
			return best[0];
		}

	}

}
