package org.mizan.extract.number;

/**
 * A token of a normalized text: an Arabic word, a number written in digits, a Latin word,
 * or one symbol char. {@code glued} is true when no whitespace separates it from the
 * previous token.
 *
 * @param value for {@link Type#NUM}: the number; else 0
 * @param plainDigits for {@link Type#NUM}: how many digits when written without sign,
 * separator or decimals, else 0
 */
public record Token(Type type, String text, int start, int end, boolean glued, double value, int plainDigits) {

	public enum Type {

		WORD, NUM, LATIN, SYM, NEWLINE

	}

	public boolean is(Type t) {
		return this.type == t;
	}

	public boolean isSym(char c) {
		return this.type == Type.SYM && this.text.charAt(0) == c;
	}

	/** A symbol that is one of {@code chars}. */
	public boolean isSymIn(String chars) {
		return this.type == Type.SYM && chars.indexOf(this.text.charAt(0)) >= 0;
	}

	/** A number written as 1 to 4 bare digits, such as a day or a year. */
	public boolean isPlainInt(int minDigits, int maxDigits) {
		return this.type == Type.NUM && this.plainDigits >= minDigits && this.plainDigits <= maxDigits;
	}

}
