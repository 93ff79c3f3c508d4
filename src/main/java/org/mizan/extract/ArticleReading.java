package org.mizan.extract;

import java.util.List;

import org.mizan.extract.number.Token;
import org.mizan.extract.number.NumberTokens;
import org.mizan.extract.quantity.ArticleContext;
import org.mizan.text.ArabicNormalizer;
import org.mizan.text.ArticleTokens;
import org.mizan.text.NormalizedText;
import org.mizan.text.SentenceSplitter;
import org.mizan.text.TextSpan;

/**
 * One article as the extract step reads it, handed to each recognizer: the text as
 * decoded, its normalized text and its one cut into tokens (read when the article was
 * decoded, {@link ArticleTokens#read}), its page boilerplate, its sentences outside the
 * boilerplate, and the views the recognizers read the tokens through (the number
 * grammar's tokens, the quantity binder's words). A view is derived on first use and kept
 * here, for this article only: nothing is cached by text anywhere else. One article, one
 * thread: not thread-safe. docs/reading.md tells the whole reading.
 */
public final class ArticleReading {

	private final String text;

	private final List<TextSpan> boilerplate;

	private final List<TextSpan> sentences;

	private NormalizedText normalized;

	private List<Token> numberTokens;

	private ArticleTokens tokens;

	private ArticleContext words;

	/**
	 * @param text the article's text; every offset is into it
	 * @param boilerplate the page boilerplate spans, in order
	 * @param sentences the sentences that are read, in order
	 */
	public ArticleReading(String text, List<TextSpan> boilerplate, List<TextSpan> sentences) {
		this.text = text;
		this.boilerplate = List.copyOf(boilerplate);
		this.sentences = List.copyOf(sentences);
	}

	/**
	 * @param tokens the article's tokens, read from its normalized text
	 * ({@link ArticleTokens#read}): neither is built again
	 */
	private ArticleReading(ArticleTokens tokens, List<TextSpan> boilerplate, List<TextSpan> sentences) {
		this(tokens.text(), boilerplate, sentences);
		this.tokens = tokens;
		this.normalized = tokens.normalized();
	}

	/**
	 * The article read with the given boilerplate: its sentences outside it.
	 * @param tokens the article's tokens, read from its normalized text
	 * ({@link ArticleTokens#read})
	 */
	public static ArticleReading of(ArticleTokens tokens, List<TextSpan> boilerplate, SentenceSplitter splitter) {
		String text = tokens.text();
		List<TextSpan> sentences = splitter.split(text).stream().filter(s -> !inside(s, boilerplate)).toList();
		return new ArticleReading(tokens, boilerplate, sentences);
	}

	public String text() {
		return text;
	}

	/** The page boilerplate spans, in order. */
	public List<TextSpan> boilerplate() {
		return boilerplate;
	}

	/** The sentences outside the boilerplate, in order. */
	public List<TextSpan> sentences() {
		return sentences;
	}

	/** True when the span lies wholly inside one boilerplate region. */
	public boolean inBoilerplate(TextSpan span) {
		return inside(span, boilerplate);
	}

	/** The text after {@link ArabicNormalizer}, with the way back to its offsets. */
	public NormalizedText normalized() {
		if (normalized == null) {
			normalized = ArabicNormalizer.normalize(text);
		}
		return normalized;
	}

	/**
	 * The number grammar's tokens, read out of the article's tokens
	 * ({@link NumberTokens}).
	 */
	public List<Token> numberTokens() {
		if (numberTokens == null) {
			numberTokens = NumberTokens.of(tokens());
		}
		return numberTokens;
	}

	/**
	 * The article's words and marks, as attribution and the quantity binder read them.
	 */
	public ArticleTokens tokens() {
		if (tokens == null) {
			tokens = ArticleTokens.of(text, normalized());
		}
		return tokens;
	}

	/** The article's words and sentences as the quantity binder reads them. */
	public ArticleContext words() {
		if (words == null) {
			words = new ArticleContext(tokens(), sentences);
		}
		return words;
	}

	private static boolean inside(TextSpan span, List<TextSpan> regions) {
		for (TextSpan r : regions) {
			if (r.start() <= span.start() && span.end() <= r.end()) {
				return true;
			}
		}
		return false;
	}

}
