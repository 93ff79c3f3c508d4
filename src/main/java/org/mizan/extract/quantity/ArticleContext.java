package org.mizan.extract.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.text.TextSpan;

/** One article being bound: its text, sentences and their words (tokenized once, on demand). */
final class ArticleContext {

	final String text;

	final List<TextSpan> sentences;

	private final Map<String, Integer> vocabulary;

	private final Map<Integer, List<Token>> tokens = new HashMap<>();

	/**
	 * The binder and {@link PartyEvents} read the same article one after the other: the thread's last context is
	 * reused when it is for the very same text and sentences, so the article is tokenized once.
	 */
	private static final ThreadLocal<ArticleContext> LAST = new ThreadLocal<>();

	static ArticleContext of(String text, List<TextSpan> sentences) {
		ArticleContext last = LAST.get();
		if (last != null && last.text == text && last.given == sentences) {
			return last;
		}
		ArticleContext context = new ArticleContext(text, sentences);
		LAST.set(context);
		return context;
	}

	/** The sentences as given, to recognize the same request. */
	private final List<TextSpan> given;

	ArticleContext(String text, List<TextSpan> sentences) {
		this.given = sentences;
		this.text = text;
		this.sentences = sentences.isEmpty() ? List.of(new TextSpan(0, text.length())) : sentences;
		this.vocabulary = ArabicWords.vocabulary(text);
	}

	int sentenceOf(int offset) {
		int lo = 0;
		int hi = sentences.size() - 1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			TextSpan s = sentences.get(mid);
			if (offset < s.start()) {
				hi = mid - 1;
			}
			else if (offset >= s.end()) {
				lo = mid + 1;
			}
			else {
				return mid;
			}
		}
		return Math.max(0, Math.min(lo, sentences.size() - 1));
	}

	List<Token> tokens(int sentence) {
		return tokens.computeIfAbsent(sentence, i -> ArabicWords.tokenize(text, sentences.get(i).start(),
				sentences.get(i).end(), vocabulary.keySet()));
	}

	/** How often a word occurs in the article, bare or with one proclitic. */
	int count(String bare) {
		int n = 0;
		for (String p : new String[] { "", "و", "ل", "ب", "ف" }) {
			n += vocabulary.getOrDefault(p + bare, 0);
		}
		return n;
	}

	/** Index of the first token starting at or after {@code offset}. */
	static int firstAtOrAfter(List<Token> tokens, int offset) {
		int i = 0;
		while (i < tokens.size() && tokens.get(i).start() < offset) {
			i++;
		}
		return i;
	}

	/** Index of the last token ending at or before {@code offset}, or -1. */
	static int lastBefore(List<Token> tokens, int offset) {
		int i = tokens.size() - 1;
		while (i >= 0 && tokens.get(i).end() > offset) {
			i--;
		}
		return i;
	}

	/** True when a clause boundary (، ؛ : or a quotation mark) lies between two offsets. */
	boolean boundaryBetween(int from, int to) {
		for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
			char c = text.charAt(i);
			if (c == '،' || c == '؛' || c == ':' || c == ',' || c == ';' || c == '“' || c == '”' || c == '"'
					|| c == '«' || c == '»' || c == '(' || c == ')') {
				return true;
			}
		}
		return false;
	}

}
