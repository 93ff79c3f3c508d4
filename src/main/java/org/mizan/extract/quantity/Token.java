package org.mizan.extract.quantity;

import java.util.Set;

/**
 * A word of a text: offsets into the original text, its normalized form and its form without clitics. A token
 * belongs to one article being bound, so it remembers the lexicon's answers about it (a word is asked about many
 * times: for each number of its sentence and of the neighbour sentences). Not thread-safe.
 */
final class Token {

	private final int start;

	private final int end;

	private final String norm;

	private final String bare;

	private Set<String> candidates;

	private QuantityLexicon.Cue cue;

	private boolean cueKnown;

	private Boolean candidateName;

	/**
	 * @param norm normalized (no diacritics, one alef, ى -> ي, ة -> ه, Western digits)
	 * @param bare {@code norm} without the article and proclitics (و ف ب ل ال) when the article's vocabulary shows
	 * the rest is a word of its own
	 */
	Token(int start, int end, String norm, String bare) {
		this.start = start;
		this.end = end;
		this.norm = norm;
		this.bare = bare;
	}

	int start() {
		return start;
	}

	int end() {
		return end;
	}

	String norm() {
		return norm;
	}

	String bare() {
		return bare;
	}

	boolean isDigits() {
		for (int i = 0; i < norm.length(); i++) {
			if (Character.isDigit(norm.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	String surface(String text) {
		return text.substring(start, end);
	}

	/** The forms to look this word up under ({@link ArabicWords#candidates}), computed once. */
	Set<String> candidates() {
		if (candidates == null) {
			candidates = ArabicWords.candidates(this);
		}
		return candidates;
	}

	QuantityLexicon.Cue cue(QuantityLexicon lexicon) {
		if (!cueKnown) {
			cue = lexicon.findCue(this);
			cueKnown = true;
		}
		return cue;
	}

	boolean candidateName(ParticipantFinder finder) {
		if (candidateName == null) {
			candidateName = finder.findCandidate(this);
		}
		return candidateName;
	}

	@Override
	public String toString() {
		return "Token[start=" + start + ", end=" + end + ", norm=" + norm + ", bare=" + bare + "]";
	}

}
