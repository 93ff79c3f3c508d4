package org.mizan.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.text.ArabicMorphology;
import org.mizan.text.ArabicNormalizer;
import org.mizan.text.ArticleTokens;
import org.mizan.text.Lexicons;

/**
 * Numerals that count nothing: a number that is a label (a law article, a decree, a road,
 * a phone line, a product grade), part of an idiom, or inside a short quoted name. The
 * phrases are data ({@code non_counts.yml}); matching looks only at the words of the
 * number's own line around it.
 */
final class NonCounts {

	private static final int WINDOW = 48;

	private static final String NUMBER = "<n>";

	private static final String ANY_WORD = "<w>";

	/** The marks that may stand between the digits of one number. */
	private static final String SEPARATORS = ".,\u066B\u066C";

	private final List<String[]> phrases;

	/** The phrases by their first word that is not a slot, in the lexicon's order. */
	private final Map<String, List<String[]>> phrasesByFirstWord = new HashMap<>();

	private final List<String[]> phrasesWithoutWord = new ArrayList<>();

	private final int maxQuotedNameWords;

	/** Letters that may lead a word (و ف ب ل ك), and the article, from morphology.yml. */
	private final String clitics;

	private final String article;

	@SuppressWarnings("unchecked")
	NonCounts() {
		Map<String, Object> lexicon = Lexicons.load("non_counts");
		this.phrases = ((List<String>) lexicon.get("phrases")).stream()
			.map(p -> ArabicNormalizer.fold(p).split(" +"))
			.toList();
		for (String[] phrase : this.phrases) {
			String first = firstWord(phrase);
			if (first == null) {
				this.phrasesWithoutWord.add(phrase);
			}
			else {
				this.phrasesByFirstWord.computeIfAbsent(first, (k) -> new ArrayList<>()).add(phrase);
			}
		}
		this.maxQuotedNameWords = ((Number) lexicon.get("quoted_name_words")).intValue();
		this.clitics = String.join("", ArabicMorphology.get().proclitics);
		this.article = ArabicNormalizer.fold(ArabicMorphology.get().article);
	}

	/**
	 * Whether the number at [start, end) of the article counts nothing. Only the phrases
	 * that start with no word, or whose first word is one of the window's words as
	 * written or with its clitics off, are tried: sameWord would refuse any other at
	 * every word, so the answer is the same without trying every phrase at every word.
	 */
	boolean covers(ArticleTokens read, int start, int end) {
		List<Word> words = wordsAround(read, start, end);
		if (anyMatches(phrasesWithoutWord, words, start, end)) {
			return true;
		}
		for (Word w : words) {
			if (startsAMatch(w.folded(), words, start, end)) {
				return true;
			}
		}
		return insideQuotedName(read, start, end);
	}

	/**
	 * Whether a phrase opened by one of the lexemes sameWord accepts for this word
	 * matches.
	 */
	private boolean startsAMatch(String word, List<Word> words, int start, int end) {
		if (anyMatches(phrasesByFirstWord.get(word), words, start, end)) {
			return true;
		}
		if (word.length() > 1 && clitics.indexOf(word.charAt(0)) >= 0) {
			String rest = word.substring(1);
			return anyMatches(phrasesByFirstWord.get(rest), words, start, end)
					|| anyMatches(phrasesByFirstWord.get(article.charAt(0) + rest), words, start, end)
					|| rest.length() > 1 && clitics.indexOf(rest.charAt(0)) >= 0
							&& anyMatches(phrasesByFirstWord.get(rest.substring(1)), words, start, end);
		}
		return false;
	}

	private boolean anyMatches(List<String[]> phrases, List<Word> words, int start, int end) {
		if (phrases == null) {
			return false;
		}
		for (String[] phrase : phrases) {
			for (int at = 0; at + phrase.length <= words.size(); at++) {
				if (matches(phrase, words, at, start, end)) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean matches(String[] phrase, List<Word> words, int at, int start, int end) {
		boolean slot = false;
		for (int i = 0; i < phrase.length; i++) {
			Word w = words.get(at + i);
			String p = phrase[i];
			if (p.equals(NUMBER)) {
				if (!w.number() && !w.overlaps(start, end)) {
					return false;
				}
				slot |= w.overlaps(start, end);
			}
			else if (!p.equals(ANY_WORD) && !sameWord(p, w.folded())) {
				return false;
			}
		}
		boolean hasSlot = List.of(phrase).contains(NUMBER);
		int from = words.get(at).start();
		int to = words.get(at + phrase.length - 1).end();
		// a mention running past the phrase («بنزين 95 إلى 21 جنيهاً» read as one range)
		// still states something
		return (!hasSlot || slot) && from <= start && end <= to;
	}

	/**
	 * The word as written, or with one leading clitic (و ف ب ل ك), or «للمرة» for
	 * «المرة».
	 */
	private boolean sameWord(String lexeme, String word) {
		if (word.equals(lexeme)) {
			return true;
		}
		if (word.length() >= lexeme.length() && clitics.indexOf(word.charAt(0)) >= 0) {
			String rest = word.substring(1);
			return rest.equals(lexeme) || lexeme.startsWith(article) && rest.equals(lexeme.substring(1))
					|| rest.length() > lexeme.length() && clitics.indexOf(rest.charAt(0)) >= 0
							&& rest.substring(1).equals(lexeme);
		}
		return false;
	}

	/**
	 * «شاشة 24», «القائمة الأولى»: a number inside a short quotation that starts with a
	 * word is part of a name.
	 */
	private boolean insideQuotedName(ArticleTokens read, int start, int end) {
		String text = read.text();
		int open = -1;
		for (int i = start - 1; i >= Math.max(0, start - WINDOW) && text.charAt(i) != '\n'; i--) {
			char c = text.charAt(i);
			if (c == '»' || c == '”') {
				return false;
			}
			if (c == '«' || c == '“') {
				open = i;
				break;
			}
		}
		if (open < 0) {
			return false;
		}
		char closing = text.charAt(open) == '«' ? '»' : '”';
		int close = text.indexOf(closing, end);
		if (close < 0 || close - end > WINDOW || text.substring(end, close).indexOf('\n') >= 0) {
			return false;
		}
		List<Word> inner = words(read, open + 1, close);
		// the name's first word is no part of the number («يقارب 120» is a quoted
		// approximation)
		return !inner.isEmpty() && inner.size() <= maxQuotedNameWords && !inner.get(0).number()
				&& !inner.get(0).overlaps(start, end);
	}

	private static String firstWord(String[] phrase) {
		for (String p : phrase) {
			if (!p.equals(NUMBER) && !p.equals(ANY_WORD)) {
				return p;
			}
		}
		return null;
	}

	private static List<Word> wordsAround(ArticleTokens read, int start, int end) {
		String text = read.text();
		int from = Math.max(0, start - WINDOW);
		int to = Math.min(text.length(), end + WINDOW);
		int lineStart = text.lastIndexOf('\n', start - 1) + 1;
		int lineEnd = text.indexOf('\n', end);
		return words(read, Math.max(from, lineStart), lineEnd < 0 ? to : Math.min(to, lineEnd));
	}

	/**
	 * The article's words in {@code [from, to)}, a word the span cuts cut with it, and a
	 * number with a separator between its digits (1,5 · 2.317 · ٢٬٦٥٠) one word.
	 */
	private static List<Word> words(ArticleTokens read, int from, int to) {
		String text = read.text();
		List<Word> words = new ArrayList<>();
		for (int i = read.firstEndingAfter(from); i < read.size() && read.start(i) < to; i++) {
			int first = i;
			if (!read.isWord(i)) {
				// a span that starts on the separator of a number starts its piece there
				if (i == 0 || read.start(i) != from || !joinsDigits(read, i)) {
					continue;
				}
				i++;
			}
			while (i + 2 < read.size() && read.start(i + 1) < to && joinsDigits(read, i + 1)) {
				i += 2;
			}
			int s = Math.max(from, read.start(first));
			int e = Math.min(to, read.end(i));
			boolean whole = first == i && s == read.start(i) && e == read.end(i);
			String folded = whole ? read.form(i) : read.formWithin(s, e);
			words.add(new Word(s, e, folded, hasDigit(text, s, e)));
		}
		return words;
	}

	/** A separator mark glued between two digits. */
	private static boolean joinsDigits(ArticleTokens read, int mark) {
		if (read.isWord(mark) || !read.isWord(mark + 1) || !read.glued(mark) || !read.glued(mark + 1)) {
			return false;
		}
		String text = read.text();
		return SEPARATORS.indexOf(text.charAt(read.start(mark))) >= 0
				&& Character.isDigit(text.charAt(read.start(mark) - 1))
				&& Character.isDigit(text.charAt(read.start(mark + 1)));
	}

	private static boolean hasDigit(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Character.isDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private record Word(int start, int end, String folded, boolean number) {

		boolean overlaps(int s, int e) {
			return start < e && s < end;
		}

	}

}
