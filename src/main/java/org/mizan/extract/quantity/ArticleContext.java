package org.mizan.extract.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.text.ArticleTokens;
import org.mizan.text.TextSpan;

/**
 * One article being bound: its text, sentences and their words. The words of the whole
 * article are read and normalized once; a sentence's tokens are made from them on demand,
 * and each distinct word gets its stem ({@link ArabicWords#stem}) once. Its reading is
 * for the binder and {@link PartyEvents} alone (package-private); it belongs to one
 * article and one thread.
 */
public final class ArticleContext {

	final String text;

	private final ArticleTokens read;

	final List<TextSpan> sentences;

	/**
	 * Each normalized word of the article, how often it occurs and, once asked for, its
	 * {@link Word}.
	 */
	private final Map<String, Entry> vocabulary;

	/** The article's words in text order: offsets and their entry in the vocabulary. */
	private final int[] wordStart;

	private final int[] wordEnd;

	private final Entry[] wordEntry;

	private final int words;

	private final Map<Integer, List<Token>> tokens = new HashMap<>();

	private static final class Entry {

		final String norm;

		int count;

		Word word;

		Entry(String norm) {
			this.norm = norm;
		}

	}

	/** Reads the words of a text of its own (a sentence, a test). */
	public ArticleContext(String text, List<TextSpan> sentences) {
		this(ArticleTokens.read(text), sentences);
	}

	/**
	 * Takes the article's words from its tokens; built by
	 * {@link org.mizan.extract.ArticleReading}, once per article.
	 */
	public ArticleContext(ArticleTokens read, List<TextSpan> sentences) {
		this.text = read.text();
		this.read = read;
		this.sentences = sentences.isEmpty() ? List.of(new TextSpan(0, text.length())) : sentences;
		this.vocabulary = new HashMap<>(text.length() / 8);
		int[] starts = new int[read.size()];
		int[] ends = new int[read.size()];
		Entry[] entries = new Entry[read.size()];
		int n = 0;
		for (int i = 0; i < read.size(); i++) {
			if (read.isWord(i)) {
				Entry entry = vocabulary.computeIfAbsent(read.form(i), Entry::new);
				entry.count++;
				starts[n] = read.start(i);
				ends[n] = read.end(i);
				entries[n++] = entry;
			}
		}
		this.wordStart = starts;
		this.wordEnd = ends;
		this.wordEntry = entries;
		this.words = n;
	}

	/**
	 * {@code text[from, to)} as the reading folds it ({@link ArticleTokens#formWithin}).
	 */
	String formWithin(int from, int to) {
		return read.formWithin(from, to);
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
		return tokens.computeIfAbsent(sentence, i -> tokenize(sentences.get(i).start(), sentences.get(i).end()));
	}

	/**
	 * The words of {@code text[from, to)}; a word the span cuts is cut as well, as a word
	 * of its own.
	 */
	private List<Token> tokenize(int from, int to) {
		int lo = 0;
		int hi = words;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (wordEnd[mid] <= from) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		List<Token> out = new ArrayList<>();
		for (int w = lo; w < words && wordStart[w] < to; w++) {
			int start = Math.max(from, wordStart[w]);
			int end = Math.min(to, wordEnd[w]);
			if (start == wordStart[w] && end == wordEnd[w]) {
				out.add(new Token(start, end, wordOf(w)));
			}
			else {
				String norm = read.formWithin(start, end);
				out.add(new Token(start, end, Word.of(norm, ArabicWords.stem(norm, vocabulary.keySet()))));
			}
		}
		return out;
	}

	private Word wordOf(int w) {
		Entry entry = wordEntry[w];
		if (entry.word == null) {
			entry.word = Word.of(entry.norm, ArabicWords.stem(entry.norm, vocabulary.keySet()));
		}
		return entry.word;
	}

	/** How often a word occurs in the article, bare or with one proclitic. */
	int count(String bare) {
		int n = 0;
		for (String p : ArabicWords.LEADING) {
			Entry entry = vocabulary.get(p + bare);
			n += entry == null ? 0 : entry.count;
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

	/**
	 * True when a clause boundary (، ؛ : or a quotation mark) lies between two offsets.
	 */
	boolean boundaryBetween(int from, int to) {
		for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
			char c = text.charAt(i);
			if (c == ',' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
					&& Character.isDigit(text.charAt(i + 1))) {
				// a decimal comma (17,25) separates no clauses
				continue;
			}
			// the Arabic comma (U+060C) and semicolon (U+061B)
			if (c == '\u060C' || c == '\u061B' || c == ':' || c == ',' || c == ';' || c == '“' || c == '”' || c == '"'
					|| c == '«' || c == '»' || c == '(' || c == ')') {
				return true;
			}
		}
		return false;
	}

}
