package org.mizan.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a run read, as a fingerprint of everything its rows depend on: each file's name
 * and SHA-256 (or why it cannot be read), the extractor version, the settings, and the
 * version of the alignment and the workbook layout. A run with the same fingerprint as a
 * finished run of its corpus would store the same rows again: it shares that run's rows
 * instead ({@code MIZAN_RUN.SAME_AS}), and every reader of a run's rows goes through
 * {@link #rowsOf}.
 */
public class RunInputs {

	/**
	 * Bumped whenever alignment or the workbook layout changes, so an older run's rows
	 * are not shared.
	 */
	public static final String VERSION = "1";

	private static final String BUILD = Objects
		.requireNonNullElse(RunInputs.class.getPackage().getImplementationVersion(), "dev");

	private final JdbcTemplate jdbc;

	public RunInputs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A fingerprint being built, field by field, in a fixed order. */
	public static final class Fingerprint {

		private final MessageDigest digest = sha256();

		public Fingerprint(String extractorVersion, double tolerance, long maxArticleBytes) {
			add(VERSION, BUILD, extractorVersion, Double.toString(tolerance), Long.toString(maxArticleBytes));
		}

		Fingerprint() {
		}

		public Fingerprint add(String... fields) {
			for (String field : fields) {
				// length-prefixed, so ("ab", "c") and ("a", "bc") differ
				byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
				digest.update(Integer.toString(field == null ? -1 : bytes.length).getBytes(StandardCharsets.US_ASCII));
				digest.update((byte) ':');
				digest.update(bytes);
			}
			return this;
		}

		public String hex() {
			return HexFormat.of().formatHex(digest.digest());
		}

	}

	/**
	 * Records what the run read; when a finished run of the corpus read the same, the run
	 * shares its rows and that run's id is returned.
	 */
	public Optional<Long> record(long runId, String corpus, String fingerprint, String contentDigest) {
		Optional<Long> same = jdbc
			.queryForList("SELECT COALESCE(SAME_AS, RUN_ID) FROM MIZAN_RUN WHERE CORPUS = ? AND RUN_ID < ? "
					+ "AND FINISHED IS NOT NULL AND INPUT_FINGERPRINT = ? ORDER BY RUN_ID DESC FETCH FIRST 1 ROWS ONLY",
					Long.class, corpus, runId, fingerprint)
			.stream()
			.findFirst();
		jdbc.update("UPDATE MIZAN_RUN SET INPUT_FINGERPRINT = ?, CONTENT_DIGEST = ?, SAME_AS = ? WHERE RUN_ID = ?",
				fingerprint, contentDigest, same.orElse(null), runId);
		return same;
	}

	/**
	 * A digest of files' names and SHA-256 values (name, hash pairs), whatever order they
	 * come in.
	 */
	public static String contentDigest(List<String[]> namesAndHashes) {
		List<String[]> sorted = new ArrayList<>(namesAndHashes);
		sorted.sort(Comparator.comparing((String[] pair) -> pair[0]));
		Fingerprint digest = new Fingerprint();
		sorted.forEach(pair -> digest.add(pair[0], pair[1]));
		return digest.hex();
	}

	/**
	 * Checks, after the extract step, that it read the bytes the inventory hashed. A file
	 * changed in between makes the run's rows differ from its fingerprint: the
	 * fingerprint is then cleared, so no later run shares them.
	 */
	public boolean confirm(long runId) {
		String expected = jdbc
			.queryForList("SELECT CONTENT_DIGEST FROM MIZAN_RUN WHERE RUN_ID = ?", String.class, runId)
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		if (expected == null) {
			return true;
		}
		List<String[]> read = jdbc.query(
				"SELECT FILE, SHA256 FROM MIZAN_ARTICLE WHERE RUN_ID = ? AND SHA256 IS NOT NULL",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2) }, runId);
		if (expected.equals(contentDigest(read))) {
			return true;
		}
		jdbc.update("UPDATE MIZAN_RUN SET INPUT_FINGERPRINT = NULL WHERE RUN_ID = ?", runId);
		return false;
	}

	/** The run whose rows (articles, facts, statements, findings) are this run's. */
	public long rowsOf(long runId) {
		return jdbc.queryForList("SELECT COALESCE(SAME_AS, RUN_ID) FROM MIZAN_RUN WHERE RUN_ID = ?", Long.class, runId)
			.stream()
			.findFirst()
			.orElse(runId);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
