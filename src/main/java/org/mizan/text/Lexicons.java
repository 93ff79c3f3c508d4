package org.mizan.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Language knowledge as data. A lexicon is a YAML file {@code NAME.yml}: the copy in the
 * override folder (system property {@code mizan.lexicon-dir}, default
 * {@code config/lexicon} under the working directory) wins over the copy packaged with
 * the application (built from the same {@code config/lexicon} folder).
 */
public final class Lexicons {

	public static final String DIR_PROPERTY = "mizan.lexicon-dir";

	private static final Map<String, Map<String, Object>> CACHE = new ConcurrentHashMap<>();

	private static final Map<String, String> DIGESTS = new ConcurrentHashMap<>();

	private Lexicons() {
	}

	/** The parsed lexicon; fails loudly when it is missing or malformed. */
	public static Map<String, Object> load(String name) {
		return CACHE.computeIfAbsent(name, Lexicons::read);
	}

	/**
	 * A digest of every lexicon loaded so far, as read: extraction results are reusable
	 * only while it is unchanged (a linguist may edit an override between two runs).
	 */
	public static String fingerprint() {
		StringBuilder all = new StringBuilder();
		new TreeMap<>(DIGESTS).forEach((name, digest) -> all.append(name).append('=').append(digest).append(';'));
		return sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
	}

	private static Map<String, Object> read(String name) {
		Path override = Path.of(System.getProperty(DIR_PROPERTY, "config/lexicon")).resolve(name + ".yml");
		try {
			byte[] bytes;
			if (Files.isRegularFile(override)) {
				bytes = Files.readAllBytes(override);
			}
			else {
				try (InputStream in = Lexicons.class.getResourceAsStream("/lexicon/" + name + ".yml")) {
					if (in == null) {
						throw new IllegalStateException("lexicon not found: " + name + ".yml");
					}
					bytes = in.readAllBytes();
				}
			}
			DIGESTS.put(name, sha256(bytes));
			return parse(name, new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read lexicon " + name, ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String name, InputStream in) {
		Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		if (!(doc instanceof Map)) {
			throw new IllegalStateException("lexicon " + name + ".yml is not a YAML mapping");
		}
		return (Map<String, Object>) doc;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
