package org.mizan.extract.attribution;

import java.util.Arrays;
import java.util.List;

import org.mizan.text.ArticleTokens;
import org.mizan.text.TextSpan;

/** An article's tokens with the sentence and paragraph (line) each token belongs to. */
final class TokenText {

	final String text;

	final List<Token> tokens;

	private final ArticleTokens read;

	final int[] sentence;

	final int[] paragraph;

	final int[] quoteMate;

	final List<TextSpan> sentences;

	/**
	 * Per token: the first token of its sentence, one past its sentence's last, one past
	 * its paragraph's last.
	 */
	private final int[] sentenceStart;

	private final int[] sentenceEnd;

	private final int[] paragraphEnd;

	TokenText(ArticleTokens read, List<TextSpan> sentences) {
		this.text = read.text();
		this.read = read;
		this.tokens = Tokens.of(read);
		this.sentences = sentences.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
		int n = tokens.size();
		this.sentence = new int[n];
		this.paragraph = new int[n];
		int s = 0;
		for (int i = 0; i < n; i++) {
			Token t = tokens.get(i);
			int line = t.line();
			paragraph[i] = line;
			while (s + 1 < this.sentences.size() && this.sentences.get(s + 1).start() <= t.start()) {
				s++;
			}
			sentence[i] = this.sentences.isEmpty() ? line : s;
		}
		this.quoteMate = QuoteSpans.pair(tokens, paragraph);
		this.sentenceStart = new int[n];
		this.sentenceEnd = new int[n];
		this.paragraphEnd = new int[n];
		markRuns();
	}

	/**
	 * Sentence and paragraph numbers never decrease along the tokens, so each sentence is
	 * one run of tokens.
	 */
	private void markRuns() {
		int n = size();
		for (int i = 0; i < n; i++) {
			sentenceStart[i] = i > 0 && sameSentence(i - 1, i) ? sentenceStart[i - 1] : i;
		}
		for (int i = n - 1; i >= 0; i--) {
			sentenceEnd[i] = i + 1 < n && sameSentence(i + 1, i) ? sentenceEnd[i + 1] : i + 1;
			paragraphEnd[i] = i + 1 < n && paragraph[i + 1] == paragraph[i] ? paragraphEnd[i + 1] : i + 1;
		}
	}

	int size() {
		return tokens.size();
	}

	Token at(int i) {
		return tokens.get(i);
	}

	boolean sameSentence(int i, int j) {
		return sentence[i] == sentence[j] && paragraph[i] == paragraph[j];
	}

	/** First token of i's sentence. */
	int sentenceStart(int i) {
		return sentenceStart[i];
	}

	/** One past the last token of i's sentence. */
	int sentenceEnd(int i) {
		return i < size() ? sentenceEnd[i] : i;
	}

	int paragraphEnd(int i) {
		return i < size() ? paragraphEnd[i] : i;
	}

	/** The token index at or after a text offset. */
	int tokenAt(int offset) {
		int lo = 0;
		int hi = size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (tokens.get(mid).end() <= offset) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/**
	 * The words of tokens {@code [fromToken, toToken)} as the article's tokens give them
	 * ({@link ArticleTokens#plain}).
	 */
	String plain(int fromToken, int toToken) {
		return toToken <= fromToken ? ""
				: read.plainWithin(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
	}

	/** The words within {@code text[start, end)} ({@link ArticleTokens#plain}). */
	String plainWithin(int start, int end) {
		return read.plainWithin(start, end);
	}

	String slice(int fromToken, int toToken) {
		if (toToken <= fromToken) {
			return "";
		}
		return text.substring(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
	}

	static int[] filled(int n) {
		int[] a = new int[n];
		Arrays.fill(a, -1);
		return a;
	}

}
