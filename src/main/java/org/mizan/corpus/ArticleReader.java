package org.mizan.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads one article file as UTF-8 (BOM excluded), or says why it cannot. */
public class ArticleReader {

	public DecodedArticle read(Path file, String name) {
		try {
			byte[] bytes = Files.readAllBytes(file);
			String sha = sha256(bytes);
			int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
					&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
				.toString();
			if (text.isBlank()) {
				return new DecodedArticle(name, null, sha, bytes.length, "SKIPPED", "empty", null);
			}
			String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
			return new DecodedArticle(name, text, sha, bytes.length, "OK", null, title);
		}
		catch (CharacterCodingException ex) {
			return new DecodedArticle(name, null, null, 0, "SKIPPED", "invalid UTF-8", null);
		}
		catch (IOException ex) {
			return new DecodedArticle(name, null, null, 0, "SKIPPED", "unreadable: " + ex.getMessage(), null);
		}
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
