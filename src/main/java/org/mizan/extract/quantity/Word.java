package org.mizan.extract.quantity;

import java.util.HashMap;
import java.util.Map;

/**
 * A normalized word with its stem ({@link ArabicWords#stem}) and what the lexicon answers
 * about it, kept for the articles a thread reads after it: the words of news repeat from
 * one article to the next, and asking the lexicon (every candidate form of the word, with
 * and without its suffixes) was a fifth of the binder's time. The answers depend on the
 * word and the lexicon only, never on the article. Not thread-safe: each thread has its
 * own words.
 */
final class Word {

	/**
	 * Words kept per thread; past this many the thread starts again with none, so memory
	 * stays bounded.
	 */
	static final int KEPT = 20_000;

	private static final ThreadLocal<Map<String, Word>> KNOWN = ThreadLocal.withInitial(HashMap::new);

	/** Normalized: no diacritics, one alef, ى -> ي, ة -> ه, Western digits. */
	final String norm;

	/**
	 * {@code norm} without the article and proclitics (و ف ب ل ال) when the article's
	 * vocabulary shows the rest is a word of its own.
	 */
	final String stem;

	private String[] candidates;

	private QuantityLexicon.Cue cue;

	private boolean cueKnown;

	private byte candidateName;

	private byte common;

	private String nameKey;

	private byte mayBePartyCue;

	private Word(String norm, String stem) {
		this.norm = norm;
		this.stem = stem;
	}

	/**
	 * The word {@code norm} with the stem form an article gives it, as this thread has
	 * seen it before if it has.
	 */
	static Word of(String norm, String stem) {
		Map<String, Word> known = KNOWN.get();
		Word word = known.get(norm);
		if (word != null) {
			// an article whose vocabulary strips a proclitic another's did not: a word of
			// its own, not kept
			return word.stem.equals(stem) ? word : new Word(norm, stem);
		}
		if (known.size() >= KEPT) {
			known.clear();
		}
		word = new Word(norm, stem);
		known.put(norm, word);
		return word;
	}

	boolean isDigits() {
		for (int i = 0; i < norm.length(); i++) {
			if (Character.isDigit(norm.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The forms to look this word up under ({@link ArabicWords#candidates}), computed
	 * once; an array, as the frame readers go through it for every token.
	 */
	String[] candidates() {
		if (candidates == null) {
			candidates = ArabicWords.candidates(norm, stem).toArray(String[]::new);
		}
		return candidates;
	}

	/**
	 * What {@code table} holds under the first of this word's lookup forms it has, or
	 * null.
	 */
	<T> T firstIn(Map<String, T> table) {
		for (String c : candidates()) {
			T found = table.get(c);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/**
	 * Every {@link QuantityLexicon} holds the same lexicon, so an answer from one is the
	 * answer of all.
	 */
	QuantityLexicon.Cue cue(QuantityLexicon lexicon) {
		if (!cueKnown) {
			cue = lexicon.findCue(this);
			cueKnown = true;
		}
		return cue;
	}

	/** The key it has as a participant ({@link ArabicWords#nameKey}). */
	String nameKey() {
		if (nameKey == null) {
			nameKey = ArabicWords.nameKey(stem);
		}
		return nameKey;
	}

	/**
	 * Whether it contains the core of a cue of an event between parties: it may be one.
	 */
	boolean mayBePartyCue(QuantityLexicon lexicon) {
		if (mayBePartyCue == 0) {
			mayBePartyCue = lexicon.partyCueCores.stream().anyMatch(norm::contains) ? (byte) 2 : (byte) 1;
		}
		return mayBePartyCue == 2;
	}

	/** Whether it is a common noun ({@link QuantityLexicon#findCommon}). */
	boolean isCommon(QuantityLexicon lexicon) {
		if (common == 0) {
			common = lexicon.findCommon(this) ? (byte) 2 : (byte) 1;
		}
		return common == 2;
	}

	boolean candidateName(ParticipantFinder finder) {
		if (candidateName == 0) {
			candidateName = finder.findCandidate(this) ? (byte) 2 : (byte) 1;
		}
		return candidateName == 2;
	}

}
