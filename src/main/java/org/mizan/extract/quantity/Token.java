package org.mizan.extract.quantity;

/**
 * A word of a text: offsets into the original text, its normalized form and its form
 * without clitics. A token belongs to one article being bound, so it remembers the
 * lexicon's answers about it (a word is asked about many times: for each number of its
 * sentence and of the neighbour sentences). What does not depend on the article is its
 * {@link Word}'s. Not thread-safe.
 */
final class Token {

	private final int start;

	private final int end;

	private final Word word;

	/**
	 * Whether it is a name in its sentence, after a name and after another word: 0
	 * unknown, 1 no, 2 yes.
	 */
	private byte nameAfterName;

	private byte nameAfterOther;

	/**
	 * @param word the word, with the stem form its article gives it
	 */
	Token(int start, int end, Word word) {
		this.start = start;
		this.end = end;
		this.word = word;
	}

	int start() {
		return start;
	}

	int end() {
		return end;
	}

	String norm() {
		return word.norm;
	}

	String stem() {
		return word.stem;
	}

	/** The word without its place in the text: what the lexicon says about it. */
	Word word() {
		return word;
	}

	boolean isDigits() {
		return word.isDigits();
	}

	String surface(String text) {
		return text.substring(start, end);
	}

	/**
	 * The forms to look this word up under ({@link ArabicWords#candidates}), computed
	 * once.
	 */
	String[] candidates() {
		return word.candidates();
	}

	QuantityLexicon.Cue cue(QuantityLexicon lexicon) {
		return word.cue(lexicon);
	}

	boolean candidateName(ParticipantFinder finder) {
		return word.candidateName(finder);
	}

	/**
	 * Whether this word was found to be a name in its sentence, after a name or after
	 * another word; null when that was not asked yet.
	 */
	Boolean knownName(boolean previousWasName) {
		byte known = previousWasName ? nameAfterName : nameAfterOther;
		return known == 0 ? null : known == 2;
	}

	void rememberName(boolean previousWasName, boolean name) {
		byte known = name ? (byte) 2 : (byte) 1;
		if (previousWasName) {
			nameAfterName = known;
		}
		else {
			nameAfterOther = known;
		}
	}

	@Override
	public String toString() {
		return "Token[start=" + start + ", end=" + end + ", norm=" + word.norm + ", stem=" + word.stem + "]";
	}

}
