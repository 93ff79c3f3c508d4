package org.mizan.text;

/**
 * The letter folding that word matching shares: alef forms to ا, ى to ي, ة to ه, Arabic-Indic and Persian digits to
 * ASCII. Narrower than {@link ArabicNormalizer}, which also rewrites punctuation and spaces of whole texts.
 */
public final class ArabicLetters {

	private ArabicLetters() {
	}

	/** The folded form of {@code c}, or {@code c} itself. */
	public static char fold(char c) {
		return switch (c) {
			case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
			case 'ى' -> 'ي';
			case 'ة' -> 'ه';
			default -> {
				if (c >= '\u0660' && c <= '\u0669') {
					yield (char) ('0' + c - '\u0660');
				}
				if (c >= '\u06F0' && c <= '\u06F9') {
					yield (char) ('0' + c - '\u06F0');
				}
				yield c;
			}
		};
	}

}
