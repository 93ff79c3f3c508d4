package org.mizan.corpus;

import java.util.List;

import org.mizan.text.ArticleTokens;
import org.mizan.text.TextSpan;

/**
 * One article as read from its file. {@code text} is the text exactly as decoded (BOM
 * excluded, line ends as in the file) so offsets point into it; for an HTML file it is
 * the text extracted from the page. {@code text} and {@code title} are null and
 * {@code reason} says why when the article is {@link ArticleStatus#SKIPPED}.
 * {@code sha256} is the hex digest of the file's bytes (null when they were not read: too
 * large or unreadable). {@code boilerplate} is the text's page boilerplate
 * ({@link Boilerplate#regions}), found once when it is read (empty when skipped).
 * {@code tokens} is the text read once, normalized and cut into tokens, for the
 * extraction to go on reading (null when skipped, or once the article is extracted:
 * {@link #withoutTokens}).
 */
public record DecodedArticle(String name, String text, String sha256, long byteLength, ArticleStatus status,
		String reason, String title, List<TextSpan> boilerplate, ArticleTokens tokens) {

	public DecodedArticle {
		boilerplate = List.copyOf(boilerplate);
	}

	static DecodedArticle ok(String name, ArticleTokens tokens, String sha256, long byteLength, String title,
			List<TextSpan> boilerplate) {
		return new DecodedArticle(name, tokens.text(), sha256, byteLength, ArticleStatus.OK, null, title, boilerplate,
				tokens);
	}

	static DecodedArticle skipped(String name, String sha256, long byteLength, String reason) {
		return new DecodedArticle(name, null, sha256, byteLength, ArticleStatus.SKIPPED, reason, null, List.of(), null);
	}

	/** The article without its reading, once nothing reads it any more. */
	public DecodedArticle withoutTokens() {
		return tokens == null ? this
				: new DecodedArticle(name, text, sha256, byteLength, status, reason, title, boilerplate, null);
	}

	public boolean isOk() {
		return status == ArticleStatus.OK;
	}

}
