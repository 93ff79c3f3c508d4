package org.mizan.extract.quantity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mizan.text.ArabicLetters;

/**
 * Normalization, tokenization and light stemming of Arabic words; no lexicon, no story.
 */
final class ArabicWords {

	private static final String[] ARTICLES = { "وال", "فال", "بال", "كال", "لل", "ال" };

	private static final String[] PROCLITICS = { "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل" };

	private static final String[] STEM_SUFFIXES = { "يين", "يون", "ين", "ون", "ات", "ان", "ه", "ا" };

	/** Nisba and country endings and what a participant's key ends with instead. */
	private static final String[][] NAME_KEY_ENDINGS = { { "يين", "ي" }, { "يون", "ي" }, { "يه", "ي" }, { "يا", "ي" } };

	private ArabicWords() {
	}

	static String normalize(String s) {
		return normalize(s, 0, s.length());
	}

	/** {@link #normalize(String)} of {@code s[from, to)}. */
	static String normalize(String s, int from, int to) {
		// a char array rather than a StringBuilder: this runs for every word of every
		// article, and a builder
		// starts Latin-1 and widens itself at the first Arabic letter
		char[] out = null;
		int n = 0;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			int mapped = map(c);
			if (out == null) {
				if (mapped == c) {
					continue;
				}
				out = new char[to - from];
				s.getChars(from, i, out, 0);
				n = i - from;
			}
			if (mapped != DROPPED) {
				out[n++] = (char) mapped;
			}
		}
		return out == null ? s.substring(from, to) : new String(out, 0, n);
	}

	private static final int DROPPED = -1;

	/**
	 * The normalized form of one character, or {@link #DROPPED} for a diacritic or the
	 * tatweel.
	 */
	private static int map(char c) {
		if (c < '\u0622') {
			return c;
		}
		if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') {
			return DROPPED;
		}
		return ArabicLetters.fold(c);
	}

	static boolean isWordChar(char c) {
		return (c >= '\u0621' && c <= '\u0652') || Character.isLetterOrDigit(c) || c == '\u0670';
	}

	static String stripArticle(String norm) {
		int article = articleLength(norm);
		return article == 0 ? norm : norm.substring(article);
	}

	static boolean hasArticle(String norm) {
		return articleLength(norm) > 0;
	}

	/**
	 * The length of the article (with its proclitic) {@code norm} begins with, leaving a
	 * word of two letters.
	 */
	private static int articleLength(String norm) {
		for (String a : ARTICLES) {
			if (norm.startsWith(a) && norm.length() - a.length() >= 2) {
				return a.length();
			}
		}
		return 0;
	}

	static String bare(String norm, Set<String> vocabulary) {
		String stripped = stripArticle(norm);
		if (!stripped.equals(norm)) {
			return stripped;
		}
		for (String p : PROCLITICS) {
			if (norm.startsWith(p) && norm.length() - p.length() >= 3) {
				String rest = norm.substring(p.length());
				if (vocabulary.contains(rest) || vocabulary.contains("ال" + rest)) {
					return rest;
				}
			}
		}
		return norm;
	}

	/**
	 * Forms to look a word up under: as is, without article, without one proclitic,
	 * without tanween alif.
	 */
	static Set<String> candidates(String norm, String bare) {
		Set<String> out = new LinkedHashSet<>();
		out.add(norm);
		out.add(bare);
		out.add(stripArticle(norm));
		for (String p : PROCLITICS) {
			if (norm.startsWith(p) && norm.length() - p.length() >= 2) {
				String rest = norm.substring(p.length());
				out.add(rest);
				out.add(stripArticle(rest));
			}
		}
		List<String> withoutAlif = new ArrayList<>();
		for (String c : out) {
			if (c.endsWith("ا") && c.length() >= 3) {
				withoutAlif.add(c.substring(0, c.length() - 1));
			}
		}
		out.addAll(withoutAlif);
		if (bare.endsWith("تين") || bare.endsWith("تان")) {
			out.add(bare.substring(0, bare.length() - 3) + "ه");
		}
		return out;
	}

	/**
	 * A light stem: no article or proclitic, no plural, dual, feminine or case ending.
	 */
	static String lightStem(String bare) {
		String s = stripArticle(bare);
		for (String suffix : STEM_SUFFIXES) {
			if (s.endsWith(suffix) && s.length() - suffix.length() >= 3) {
				return s.substring(0, s.length() - suffix.length());
			}
		}
		return s;
	}

	/**
	 * A participant's key: nisba and country share one (اليمني, اليمنيين, اليمنية ->
	 * يمني; كينيا -> كيني).
	 */
	static String nameKey(String bare) {
		String s = stripArticle(bare);
		for (String[] rule : NAME_KEY_ENDINGS) {
			if (s.endsWith(rule[0]) && s.length() - rule[0].length() >= 2) {
				return s.substring(0, s.length() - rule[0].length()) + rule[1];
			}
		}
		return s;
	}

	static boolean isNisba(String bare) {
		// on offsets into bare rather than on a copy without the article: asked of every
		// word near a number
		int from = articleLength(bare);
		int end = bare.length();
		if (bare.endsWith("يا") && end - from > 4) {
			end--;
		}
		return end - from >= 4 && (endsAt(bare, end, "ي") || endsAt(bare, end, "يه") || endsAt(bare, end, "يين")
				|| endsAt(bare, end, "يون"));
	}

	private static boolean endsAt(String s, int end, String suffix) {
		return s.startsWith(suffix, end - suffix.length());
	}

}
