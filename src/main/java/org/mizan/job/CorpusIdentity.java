package org.mizan.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.mizan.MizanProperties;
import org.mizan.corpus.Corpus;
import org.mizan.corpus.CorpusResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A corpus is its folder: reports, findings and verdicts are kept by corpus name, so two
 * folders must never share one. A name made from a folder's last name
 * ({@code run --corpus /elsewhere/seeds}) that a configured corpus or an earlier run of
 * another folder already uses becomes {@code NAME-<6 hex of the folder's path>}: the same
 * folder always gets the same identity.
 */
@Component
class CorpusIdentity {

	private final JdbcTemplate jdbc;

	private final MizanProperties properties;

	CorpusIdentity(JdbcTemplate jdbc, MizanProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** The corpus under the name it is kept by. */
	Corpus of(Corpus corpus) {
		if (!CorpusResolver.isPlainName(corpus.name())) {
			throw new IllegalArgumentException("corpus name '" + corpus.name() + "' is not a plain name (letters, "
					+ "digits, '.', '_', '-', not starting with '.')");
		}
		if (corpus.configured() || !usedByAnotherFolder(corpus.name(), corpus.folder())) {
			return corpus;
		}
		return corpus.named(corpus.name() + "-" + shortHash(corpus.folder()));
	}

	private boolean usedByAnotherFolder(String name, Path folder) {
		if (properties.getCorpora().containsKey(name)) {
			return true; // the resolver returns the configured name when the folder is
							// the configured one
		}
		List<String> paths = jdbc.queryForList("SELECT DISTINCT CORPUS_PATH FROM MIZAN_RUN WHERE CORPUS = ?",
				String.class, name);
		return paths.stream().anyMatch(p -> !sameFolder(Path.of(p), folder));
	}

	private static boolean sameFolder(Path recorded, Path folder) {
		return recorded.equals(folder) || recorded.toAbsolutePath().normalize().equals(folder)
				|| Files.exists(recorded) && Files.exists(folder) && isSameFile(recorded, folder);
	}

	private static boolean isSameFile(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return false;
		}
	}

	static String shortHash(Path folder) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(folder.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 3);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
