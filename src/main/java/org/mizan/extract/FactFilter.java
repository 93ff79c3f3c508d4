package org.mizan.extract;

import java.util.List;
import java.util.Map;

import org.mizan.extract.quantity.BoundQuantity;
import org.mizan.text.ArabicLetters;
import org.mizan.text.ArabicMorphology;
import org.mizan.text.ArabicNormalizer;
import org.mizan.text.ArticleTokens;
import org.mizan.text.Lexicons;

/**
 * Keeps references and idioms out of the facts: a single definite number word ("البلدين",
 * "النصف الآخر"), a predicative "one" that counts nothing known ("معركة واحدة"), both
 * from {@code facts.yml}, and numbers that are labels, idioms or names
 * ({@link NonCounts}).
 */
final class FactFilter {

	private final List<String> definitePrefixes;

	private final List<String> unityWords;

	private final NonCounts nonCounts = new NonCounts();

	@SuppressWarnings("unchecked")
	FactFilter() {
		Map<String, Object> lexicon = Lexicons.load("facts");
		this.definitePrefixes = ArabicMorphology.get().definitePrefixes.stream().map(FactFilter::withoutMarks).toList();
		this.unityWords = ((List<String>) lexicon.get("unity_words")).stream().map(ArabicNormalizer::fold).toList();
	}

	boolean isFact(BoundQuantity q, ArticleTokens read) {
		Mention m = q.mention();
		if (nonCounts.covers(read, m.start(), m.end())) {
			return false;
		}
		if (m.kind() != MentionKind.NUMBER || m.approx() != null || m.text().strip().contains(" ")) {
			return true;
		}
		String word = read.formWithin(m.start(), m.end()).strip();
		if (word.chars().anyMatch(Character::isDigit)) {
			return true;
		}
		// the article as written, before the alef forms are folded: «ألفين» (two
		// thousand) folds to a word that begins like «ال»; «البلدين» is written with it
		String written = withoutMarks(m.text().strip());
		if (definitePrefixes.stream().anyMatch(p -> written.startsWith(p) && written.length() > p.length() + 1)) {
			return false;
		}
		return !unityWords.contains(word) || countsKnownUnit(q);
	}

	/** The text without diacritics and tatweel, its letters as written. */
	private static String withoutMarks(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			if (!ArabicLetters.isMark(text.charAt(i))) {
				out.append(text.charAt(i));
			}
		}
		return out.toString();
	}

	private static boolean countsKnownUnit(BoundQuantity q) {
		String unitClass = q.unitClass();
		return unitClass != null && !unitClass.equals("number") && !unitClass.startsWith("thing:");
	}

}
