package org.mizan.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.mizan.text.ArticleTokens;
import org.mizan.text.TextSpan;

/**
 * Reads one article file into a {@link DecodedArticle}: never throws for a bad file, it
 * reports it as {@link ArticleStatus#SKIPPED} with a reason. Holds no mutable state, so
 * one instance serves several threads.
 */
public final class ArticleReader {

	public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

	static final int MAX_TITLE_LENGTH = 200;

	private final long maxBytes;

	private final Boilerplate boilerplate;

	public ArticleReader() {
		this(DEFAULT_MAX_BYTES);
	}

	public ArticleReader(long maxBytes) {
		this(maxBytes, new Boilerplate());
	}

	public ArticleReader(long maxBytes, Boilerplate boilerplate) {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maximum article size must be positive: " + maxBytes);
		}
		this.maxBytes = maxBytes;
		this.boilerplate = boilerplate;
	}

	/**
	 * An entry the scanner already knows to be bad is reported without touching the file.
	 */
	public DecodedArticle read(CorpusEntry entry) {
		return entry.isReadable() ? read(entry.path(), entry.name())
				: DecodedArticle.skipped(entry.name(), null, 0, entry.problem());
	}

	public DecodedArticle read(Path file, String name) {
		if (Files.isDirectory(file)) {
			return DecodedArticle.skipped(name, null, 0, "unreadable: is a folder");
		}
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			return DecodedArticle.skipped(name, null, 0, unreadable(file, ex));
		}
		if (size > maxBytes) {
			return DecodedArticle.skipped(name, null, size, "too large (" + size + " bytes > " + maxBytes + ")");
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			return DecodedArticle.skipped(name, null, size, unreadable(file, ex));
		}
		String sha256 = sha256(bytes);
		TextDecoder.Result decoded = TextDecoder.decode(bytes);
		if (decoded.problem() != null) {
			return DecodedArticle.skipped(name, sha256, bytes.length, decoded.problem());
		}
		String text = isHtml(name) ? HtmlText.extract(decoded.text()) : decoded.text();
		if (TextDecoder.isBlank(text)) {
			return DecodedArticle.skipped(name, sha256, bytes.length, "empty");
		}
		ArticleTokens tokens = ArticleTokens.read(text);
		List<TextSpan> noise = boilerplate.regions(tokens);
		return DecodedArticle.ok(name, tokens, sha256, bytes.length, title(text, noise), noise);
	}

	/**
	 * The first non-empty line that is not page boilerplate (else the first non-empty
	 * line), trimmed.
	 */
	static String title(String text, List<TextSpan> noise) {
		String first = null;
		for (int start = 0; start < text.length();) {
			int newline = text.indexOf('\n', start);
			int end = newline < 0 ? text.length() : newline;
			String line = text.substring(start, end).strip();
			if (!line.isEmpty()) {
				first = first == null ? line : first;
				int offset = text.indexOf(line, start);
				if (noise.stream().noneMatch(span -> span.contains(offset))) {
					return shorten(line);
				}
			}
			start = end + 1;
		}
		return first == null ? null : shorten(first);
	}

	private static String shorten(String line) {
		if (line.length() <= MAX_TITLE_LENGTH) {
			return line;
		}
		int cut = Character.isHighSurrogate(line.charAt(MAX_TITLE_LENGTH - 1)) ? MAX_TITLE_LENGTH - 1
				: MAX_TITLE_LENGTH;
		return line.substring(0, cut).strip() + "…";
	}

	private static boolean isHtml(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".html") || lower.endsWith(".htm");
	}

	private static String unreadable(Path file, IOException ex) {
		if (ex instanceof NoSuchFileException) {
			return Files.isSymbolicLink(file) && !Files.exists(file) ? "unreadable: broken symbolic link"
					: "unreadable: file not found";
		}
		if (ex instanceof AccessDeniedException) {
			return "unreadable: permission denied";
		}
		if (ex instanceof FileSystemException failure
				&& String.valueOf(failure.getReason()).contains("symbolic links")) {
			return "symbolic-link loop";
		}
		return "unreadable: " + ex.getClass().getSimpleName() + " " + ex.getMessage();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

}
