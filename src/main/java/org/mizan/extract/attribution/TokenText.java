package org.mizan.extract.attribution;

import java.util.Arrays;
import java.util.List;

import org.mizan.text.TextSpan;

/** An article's tokens with the sentence and paragraph (line) each token belongs to. */
final class TokenText {

	final String text;

	final List<Token> tokens;

	final int[] sentence;

	final int[] paragraph;

	final int[] quoteMate;

	final List<TextSpan> sentences;

	TokenText(String text, List<TextSpan> sentences) {
		this.text = text;
		this.tokens = Tokens.of(text);
		this.sentences = sentences.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
		int n = tokens.size();
		this.sentence = new int[n];
		this.paragraph = new int[n];
		int s = 0;
		int line = 0;
		int pos = 0;
		for (int i = 0; i < n; i++) {
			Token t = tokens.get(i);
			while (pos < t.start()) {
				if (text.charAt(pos++) == '\n') {
					line++;
				}
			}
			paragraph[i] = line;
			while (s + 1 < this.sentences.size() && this.sentences.get(s + 1).start() <= t.start()) {
				s++;
			}
			sentence[i] = this.sentences.isEmpty() ? line : s;
		}
		this.quoteMate = QuoteSpans.pair(tokens, paragraph);
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
		int j = i;
		while (j > 0 && sameSentence(j - 1, i)) {
			j--;
		}
		return j;
	}

	/** One past the last token of i's sentence. */
	int sentenceEnd(int i) {
		int j = i;
		while (j < size() && sameSentence(j, i)) {
			j++;
		}
		return j;
	}

	int paragraphEnd(int i) {
		int j = i;
		while (j < size() && paragraph[j] == paragraph[i]) {
			j++;
		}
		return j;
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
