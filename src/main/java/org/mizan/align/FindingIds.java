package org.mizan.align;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Stable finding ids: {@code F-} (facts) or {@code S-} (statements) and the first six hex
 * digits of SHA-256 over the claim key (block key) and the group's anchor fact (smallest
 * article, then start offset). The same claim in the next run gets the same id as long as
 * no earlier fact joins its group. Within one run a collision is resolved by hashing
 * again with a counter, so ids are unique per instance (one instance per run).
 */
final class FindingIds {

	private final Set<String> issued = new HashSet<>();

	/**
	 * {@code F} for fact findings, {@code S} for statement findings: the two kinds never
	 * share an id.
	 */
	private final String prefix;

	FindingIds(String prefix) {
		this.prefix = prefix + "-";
	}

	synchronized String next(String claimKey, String anchorArticle, int anchorStart) {
		String seed = claimKey + "|" + anchorArticle + "|" + anchorStart;
		for (int attempt = 0;; attempt++) {
			String id = prefix + hex6(attempt == 0 ? seed : seed + "#" + attempt);
			if (issued.add(id)) {
				return id;
			}
		}
	}

	private static String hex6(String s) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().withUpperCase().formatHex(digest, 0, 3);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
