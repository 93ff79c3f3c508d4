package org.mizan.extract.quantity;

/**
 * A word of a text: offsets into the original text, its normalized form and its form without clitics.
 *
 * @param norm normalized (no diacritics, one alef, ى -> ي, ة -> ه, Western digits)
 * @param bare {@code norm} without the article and proclitics (و ف ب ل ال) when the article's vocabulary shows
 * the rest is a word of its own
 */
record Token(int start, int end, String norm, String bare) {

	boolean isDigits() {
		return norm.chars().anyMatch(Character::isDigit);
	}

	String surface(String text) {
		return text.substring(start, end);
	}

}
