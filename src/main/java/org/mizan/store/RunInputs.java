package org.mizan.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * A fingerprint of everything a run's findings and workbook depend on: each article's name, status, SHA-256 and
 * extractor version, the tolerance, and the version of the alignment and the workbook layout. Two runs of a corpus
 * with the same fingerprint have the same findings.
 */
public class RunInputs {

	/** Bumped whenever alignment or the workbook layout changes, so an older run's findings are not reused. */
	public static final String VERSION = "1";

	private static final String BUILD = Objects.requireNonNullElse(RunInputs.class.getPackage().getImplementationVersion(),
			"dev");

	private final JdbcTemplate jdbc;

	public RunInputs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Computes the run's fingerprint from its stored articles and records it on the run. */
	public String record(long runId, double tolerance) {
		MessageDigest digest = sha256();
		update(digest, VERSION, BUILD, Double.toString(tolerance));
		jdbc.query("SELECT FILE, STATUS, REASON, SHA256, EXTRACTOR_VERSION FROM MIZAN_ARTICLE WHERE RUN_ID = ? "
				+ "ORDER BY FILE", (RowCallbackHandler) rs -> update(digest, rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getString(4), rs.getString(5)), runId);
		String fingerprint = HexFormat.of().formatHex(digest.digest());
		jdbc.update("UPDATE MIZAN_RUN SET INPUT_FINGERPRINT = ? WHERE RUN_ID = ?", fingerprint, runId);
		return fingerprint;
	}

	/** The latest finished run of the corpus, before this one, that read exactly the same inputs. */
	public java.util.Optional<Long> sameAsFinished(String corpus, long runId, String fingerprint) {
		return jdbc
			.queryForList("SELECT RUN_ID FROM MIZAN_RUN WHERE CORPUS = ? AND RUN_ID < ? AND FINISHED IS NOT NULL "
					+ "AND INPUT_FINGERPRINT = ? ORDER BY RUN_ID DESC FETCH FIRST 1 ROWS ONLY", Long.class, corpus,
					runId, fingerprint)
			.stream()
			.findFirst();
	}

	private static void update(MessageDigest digest, String... fields) {
		for (String field : fields) {
			// length-prefixed, so ("ab", "c") and ("a", "bc") differ
			byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
			digest.update(Integer.toString(field == null ? -1 : bytes.length).getBytes(StandardCharsets.US_ASCII));
			digest.update((byte) ':');
			digest.update(bytes);
		}
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
