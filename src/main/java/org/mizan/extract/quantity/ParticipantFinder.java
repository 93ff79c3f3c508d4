package org.mizan.extract.quantity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the places, actors and sides named in a sentence, as normalized keys. A word is a
 * participant when it is not a common word, a unit, a cue or a number, and looks like a
 * name: it follows a preposition or a generic head ({@code قوات}, {@code حكومة}) or a
 * verb before its subject ({@code أعادت قطر}), carries an attached preposition
 * ({@code لمأرب}), is a nisba ({@code اليمنية}), or is an undetermined word the article
 * repeats.
 */
final class ParticipantFinder {

	private final QuantityLexicon lexicon;

	ParticipantFinder(QuantityLexicon lexicon) {
		this.lexicon = lexicon;
	}

	/**
	 * Plain keys of the sentence's names, leaving out the tokens in
	 * {@code [skipFrom, skipTo)}.
	 */
	Set<String> names(ArticleContext ctx, int s, int skipFrom, int skipTo) {
		Set<String> keys = new LinkedHashSet<>();
		List<Token> tokens = ctx.tokens(s);
		boolean previousWasName = false;
		for (int j = 0; j < tokens.size(); j++) {
			Token t = tokens.get(j);
			boolean name = t.start() < skipFrom || t.start() >= skipTo ? isName(ctx, tokens, j, previousWasName)
					: false;
			if (name) {
				keys.add(key(t));
			}
			previousWasName = name;
		}
		return keys;
	}

	/**
	 * Keys of the names between two token indexes (exclusive): the event's own arguments.
	 */
	Set<String> between(ArticleContext ctx, int s, int from, int to) {
		Set<String> keys = new LinkedHashSet<>();
		List<Token> tokens = ctx.tokens(s);
		for (int j = Math.max(0, from + 1); j < Math.min(to, tokens.size()); j++) {
			if (isName(ctx, tokens, j, false)) {
				keys.add(key(tokens.get(j)));
			}
		}
		return keys;
	}

	/**
	 * Keys of the sides named after a side marker (إلى جانب X, مع X, لدى X, موالين لـ X).
	 */
	Set<String> sides(ArticleContext ctx, int s) {
		Set<String> sides = new LinkedHashSet<>();
		List<Token> tokens = ctx.tokens(s);
		for (int j = 0; j < tokens.size(); j++) {
			int next = markerEnd(tokens, j);
			if (next < 0) {
				continue;
			}
			Token head = null;
			while (next < tokens.size()
					&& (lexicon.isHead(tokens.get(next).word()) || tokens.get(next).bare().length() < 2)) {
				if (head == null && markerEnd(tokens, next) < 0) {
					head = tokens.get(next);
				}
				next++;
			}
			boolean named = next < tokens.size() && isCandidate(tokens.get(next))
					&& !ctx.boundaryBetween(tokens.get(j).end(), tokens.get(next).start());
			if (named) {
				sides.add(key(tokens.get(next)));
			}
			else if (head != null && !ctx.boundaryBetween(tokens.get(j).end(), head.start())) {
				// a side named by its head alone: إلى جانب الجيش
				sides.add(key(head));
			}
		}
		return sides;
	}

	private int markerEnd(List<Token> tokens, int j) {
		for (List<String> marker : lexicon.sideMarkersByFirstWord.getOrDefault(tokens.get(j).norm(), List.of())) {
			int k = 0;
			while (k < marker.size() && j + k < tokens.size() && marker.get(k).equals(tokens.get(j + k).norm())) {
				k++;
			}
			if (k == marker.size()) {
				return j + k;
			}
		}
		return -1;
	}

	static String key(Token t) {
		return t.word().nameKey();
	}

	private boolean isCandidate(Token t) {
		return t.candidateName(this);
	}

	boolean findCandidate(Word w) {
		return !w.isDigits() && w.bare.length() >= 3 && !lexicon.isCommon(w) && !lexicon.isNumberWord(w)
				&& !lexicon.isHead(w) && !lexicon.prepositions.contains(w.norm) && lexicon.exactUnit(w) == null
				&& lexicon.cue(w) == null && !lexicon.countQuestions.contains(w.norm)
				&& !lexicon.backPronouns.contains(w.norm) && !lexicon.isPeoplePlural(w);
	}

	/**
	 * Whether the {@code j}th word of a sentence's tokens is a name. A word is asked
	 * about for every number of its sentence and of the sentences around it: the answer
	 * is kept on the token.
	 */
	boolean isName(ArticleContext ctx, List<Token> tokens, int j, boolean previousWasName) {
		Boolean known = tokens.get(j).knownName(previousWasName);
		if (known != null) {
			return known;
		}
		boolean name = readName(ctx, tokens, j, previousWasName);
		tokens.get(j).rememberName(previousWasName, name);
		return name;
	}

	private boolean readName(ArticleContext ctx, List<Token> tokens, int j, boolean previousWasName) {
		Token t = tokens.get(j);
		if (!isCandidate(t)) {
			return false;
		}
		Token previous = j > 0 ? tokens.get(j - 1) : null;
		boolean afterPreposition = previous != null && (lexicon.prepositions.contains(previous.norm())
				|| lexicon.isHead(previous.word()) || lexicon.isSubjectVerb(previous.word()));
		boolean attachedPreposition = !t.norm().equals(t.bare()) && !ArabicWords.hasArticle(t.norm())
				&& ArabicWords.startsWithPreposition(t.norm());
		boolean coordinated = previousWasName && t.norm().startsWith(ArabicWords.AND) && !t.norm().equals(t.bare());
		boolean repeatedName = !ArabicWords.hasArticle(t.norm()) && ctx.count(t.bare()) >= 2;
		// a word without article after a common noun without article: the second term of
		// a construct (سفارة كندا);
		// not after a particle (ما زالت, إن فرق)
		boolean constructName = previous != null && !ArabicWords.hasArticle(t.norm())
				&& !ArabicWords.hasArticle(previous.norm()) && lexicon.isCommon(previous.word())
				&& previous.bare().length() >= 3;
		return afterPreposition || attachedPreposition || coordinated || ArabicWords.isNisba(t.bare()) || repeatedName
				|| constructName;
	}

}
