package org.mizan.extract.quantity;

import java.util.List;

import org.mizan.extract.Mention;
import org.mizan.extract.MentionKind;

/**
 * Finds what a number counts: the noun after it (with its nisba qualifiers), an
 * {@code من} construction, a pronoun that refers back ({@code منهم}), or, for a bare
 * answer to a count question, the plural noun asked about.
 */
final class CountedFinder {

	/** How far after a counted noun a rate told with «في» is looked for, in words. */
	private static final int PERIOD_REACH = 4;

	/**
	 * How far after a counted noun a rate adverb (يومياً) is looked for, in its clause.
	 */
	private static final int ADVERB_REACH = 6;

	/**
	 * @param sentence where the noun was found (another sentence for a pronoun or an
	 * elliptic answer)
	 */
	record Counted(String unit, String unitClass, String text, int sentence) {
	}

	private static final int MAX_GAP = 3;

	private final QuantityLexicon lexicon;

	CountedFinder(QuantityLexicon lexicon) {
		this.lexicon = lexicon;
	}

	Counted find(ArticleContext ctx, int s, Mention m) {
		List<Token> tokens = ctx.tokens(s);
		int j = ArticleContext.firstAtOrAfter(tokens, m.start());
		int previousEnd = m.end();
		int gap = 0;
		int firstAfter = ArticleContext.firstAtOrAfter(tokens, m.end());
		if (isDualNoun(tokens, j, m)) {
			// «بعد جولتين سابقتين»: the dual counts itself; the adjective after it is not
			// what is counted
			QuantityLexicon.Unit unit = nounAt(tokens, j);
			String stem = ArabicWords.lightStem(ArabicWords.singularOfDual(tokens.get(j).stem()));
			return nounPhrase(ctx, s, j, unit != null ? unit : new QuantityLexicon.Unit(stem, "thing:" + stem, false));
		}
		for (; j < tokens.size(); j++) {
			Token t = tokens.get(j);
			boolean inside = t.start() < m.end();
			if (!inside && (ctx.boundaryBetween(previousEnd, t.start()) || gap > MAX_GAP)) {
				break;
			}
			previousEnd = Math.max(previousEnd, t.end());
			if (!inside && t.norm().equals(ArabicWords.OF) && j + 1 < tokens.size() && nounAt(tokens, j + 1) != null) {
				return nounPhrase(ctx, s, j + 1, nounAt(tokens, j + 1));
			}
			if (!inside && lexicon.backPronouns.contains(t.norm())) {
				return antecedent(ctx, s, m.start(), 2, false);
			}
			QuantityLexicon.Unit unit = nounAt(tokens, j);
			if (unit != null) {
				return nounPhrase(ctx, s, j, unit);
			}
			if (inside || lexicon.isNumberWord(t.word())) {
				gap += inside ? 0 : 1;
				continue;
			}
			if (!lexicon.isCommon(t.word()) && !lexicon.prepositions.contains(t.norm())
					&& (lexicon.cue(t.word()) == null || j == firstAfter)) {
				return nounPhrase(ctx, s, j, thing(t));
			}
			break;
		}
		int before = ArticleContext.lastBefore(tokens, m.start());
		if (before >= 0 && m.text().chars().noneMatch(Character::isDigit) && nounAt(tokens, before) != null
				&& !ctx.boundaryBetween(tokens.get(before).end(), m.start())) {
			// a spelled number after its noun: رحلة واحدة, مذكرة واحدة
			return nounPhrase(ctx, s, before, nounAt(tokens, before));
		}
		return answersCountQuestion(ctx, s, m) ? antecedent(ctx, s - 1, Integer.MAX_VALUE, 2, true) : null;
	}

	/** A noun the lexicon has no unit for counts itself, by its light stem. */
	private static QuantityLexicon.Unit thing(Token t) {
		String stem = ArabicWords.lightStem(t.stem());
		return new QuantityLexicon.Unit(stem, "thing:" + stem, false);
	}

	/**
	 * Whether the mention is one word read as two that is no number word: a noun in the
	 * dual (جولتين, رحلتان).
	 */
	private boolean isDualNoun(List<Token> tokens, int j, Mention m) {
		if (j >= tokens.size() || m.value() == null || m.value() != 2 || m.kind() != MentionKind.NUMBER) {
			return false;
		}
		Token t = tokens.get(j);
		return t.start() <= m.start() && t.end() >= m.end() && !t.isDigits() && !lexicon.isNumberWord(t.word());
	}

	private QuantityLexicon.Unit nounAt(List<Token> tokens, int j) {
		QuantityLexicon.Unit unit = lexicon.unit(tokens.get(j).word());
		if (unit == null && lexicon.isPeoplePlural(tokens.get(j).word())) {
			unit = new QuantityLexicon.Unit(lexicon.nisbaUnit, lexicon.nisbaClass, true);
		}
		return unit;
	}

	/**
	 * The noun at {@code j} with its nisba qualifiers, a rate ({@code في الشهر}) and a
	 * later {@code من X}.
	 */
	private Counted nounPhrase(ArticleContext ctx, int s, int j, QuantityLexicon.Unit counted) {
		List<Token> tokens = ctx.tokens(s);
		int q = qualifier(ctx, tokens, j);
		Token afterQualifier = q >= 0 && q + 1 < tokens.size()
				&& !ctx.boundaryBetween(tokens.get(q).end(), tokens.get(q + 1).start()) ? tokens.get(q + 1) : null;
		QuantityLexicon.Unit unit = lexicon.qualifiedBy(counted, q >= 0 ? tokens.get(q) : null, afterQualifier);
		int last = j;
		while (last + 1 < tokens.size() && last - j < 2 && ArabicWords.isNisba(tokens.get(last + 1).stem())
				&& !lexicon.isCommon(tokens.get(last + 1).word())
				&& !ctx.boundaryBetween(tokens.get(last).end(), tokens.get(last + 1).start())) {
			last++;
		}
		String text = ctx.text.substring(tokens.get(j).start(), tokens.get(last).end());
		String unitKey = unit.key();
		String unitClass = unit.unitClass();
		String period = period(ctx, tokens, last + 1);
		if (period != null) {
			unitKey += "/" + period;
			unitClass += "/" + period;
		}
		for (int k = last + 1; k < Math.min(tokens.size() - 1, last + 5); k++) {
			if (ctx.boundaryBetween(tokens.get(k - 1).end(), tokens.get(k).start())) {
				break;
			}
			QuantityLexicon.Unit more = tokens.get(k).norm().equals(ArabicWords.OF) ? nounAt(tokens, k + 1) : null;
			if (more != null && more.unitClass().equals(unit.unitClass())) {
				Counted tail = nounPhrase(ctx, s, k + 1, more);
				text += " " + ArabicWords.OF + " " + tail.text();
				break;
			}
		}
		return new Counted(unitKey, unitClass, text, s);
	}

	/**
	 * The word that may qualify the noun at {@code j}: the next one in its clause, or the
	 * one after «من» («عنصرا من الشرطة»); null when none.
	 */
	/** The word that may qualify the noun at {@code j} (after «من»), or -1. */
	private static int qualifier(ArticleContext ctx, List<Token> tokens, int j) {
		int k = j + 1;
		if (k < tokens.size() && tokens.get(k).norm().equals(ArabicWords.OF)) {
			k++;
		}
		return k < tokens.size() && !ctx.boundaryBetween(tokens.get(j).end(), tokens.get(k).start()) ? k : -1;
	}

	/**
	 * A rate after the noun, past number words and a second noun
	 * ({@code رحلة أو رحلتين في الأسبوع}); a rate adverb also at the end of the noun's
	 * clause, past what is counted and where it goes («15 ألف طن من مادة الفوسفوجيبس في
	 * البحر يومياً»).
	 */
	private String period(ArticleContext ctx, List<Token> tokens, int k) {
		boolean inLeft = true;
		for (int i = k, end = Math.min(tokens.size(), k + ADVERB_REACH); i < end; i++) {
			if (i > k && ctx.boundaryBetween(tokens.get(i - 1).end(), tokens.get(i).start())) {
				return null;
			}
			String norm = tokens.get(i).norm();
			if (lexicon.perPeriod.containsKey(norm) && !norm.startsWith(ArabicWords.ARTICLE)) {
				return lexicon.perPeriod.get(norm);
			}
			if (inLeft && i < k + PERIOD_REACH && norm.equals(ArabicWords.IN) && i + 1 < tokens.size()) {
				String period = lexicon.perPeriod.get(tokens.get(i + 1).norm());
				if (period != null) {
					return period;
				}
				// «في البحر»: a place, not «في الشهر»; only an adverb may still follow
				inLeft = false;
			}
		}
		return null;
	}

	/**
	 * The nearest counted noun before {@code offset} in sentence {@code s}, else in the
	 * sentences before it; a plural one for an elliptic answer, any for a pronoun (after
	 * a number the noun may be singular: ألف مقاتل).
	 */
	private Counted antecedent(ArticleContext ctx, int s, int offset, int sentencesBack, boolean pluralOnly) {
		for (int i = s; i >= 0 && i >= s - sentencesBack; i--) {
			List<Token> tokens = ctx.tokens(i);
			for (int j = ArticleContext.lastBefore(tokens, offset); j >= 0; j--) {
				QuantityLexicon.Unit unit = nounAt(tokens, j);
				if (unit != null && (unit.plural() || !pluralOnly)) {
					if (j > 0 && lexicon.unit(tokens.get(j - 1).word()) != null
							&& lexicon.unit(tokens.get(j - 1).word()).plural()) {
						j--;
						unit = lexicon.unit(tokens.get(j).word());
					}
					return nounPhrase(ctx, i, j, unit);
				}
			}
			offset = Integer.MAX_VALUE;
		}
		return null;
	}

	/** A bare number opening a sentence right after a question asking how many. */
	private boolean answersCountQuestion(ArticleContext ctx, int s, Mention m) {
		if (s == 0) {
			return false;
		}
		List<Token> tokens = ctx.tokens(s);
		int before = ArticleContext.lastBefore(tokens, m.start());
		if (before >= 2) {
			return false;
		}
		String question = ctx.sentences.get(s - 1).of(ctx.text);
		// the Arabic question mark (U+061F) or the Latin one
		if (question.indexOf('\u061F') < 0 && question.indexOf('?') < 0) {
			return false;
		}
		return ctx.tokens(s - 1).stream().anyMatch(t -> lexicon.countQuestions.contains(t.norm()));
	}

}
