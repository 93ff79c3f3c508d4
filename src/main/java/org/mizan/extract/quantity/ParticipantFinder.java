package org.mizan.extract.quantity;

import java.util.ArrayList;
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

	/** The participant that names who does the event ({@link #agent}). */
	static final String AGENT = "agent:";

	/** How far back the complementizer of an event noun's clause is looked for. */
	private static final int CLAUSE_SUBJECT_REACH = 8;

	/** The most words of a name read as an event's agent. */
	private static final int MAX_AGENT_WORDS = 3;

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
					&& (lexicon.isHead(tokens.get(next).word()) || tokens.get(next).stem().length() < 2)) {
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

	/**
	 * Who does the event whose cue is the {@code cue}th token of sentence {@code s}: the
	 * name right after the verb (أفرجت قوات المعارضة عن 182, أفرج عنهم الجيش), else the
	 * name right before it (أن الجيش أطلق 230, الجيش لم يفرج إلا عن 196, متهماً قوات
	 * المعارضة بتسليم 164). A head with a pronoun (قواته أطلقت) is of the one a spokesman
	 * before it speaks for (المتحدث باسم قوات المعارضة). The agent is told as its words
	 * without the generic head («قوات المعارضة» and «المعارضة» are one agent), joined by
	 * {@code _}; null when none is named.
	 */
	String agent(ArticleContext ctx, int s, int cue) {
		List<Token> tokens = ctx.tokens(s);
		String cueWord = tokens.get(cue).norm();
		// بتسليم, بالإفراج: the event's noun after a preposition
		boolean afterPreposition = ArabicWords.startsWithPreposition(cueWord)
				&& lexicon.isCueWord(cueWord.substring(1));
		if (ArabicWords.hasArticle(cueWord) && !afterPreposition) {
			// «أعلنت الوزارة الإفراج عن 412»: the event told as a definite noun names no
			// agent
			return null;
		}
		int next = cue + 1;
		if (next < tokens.size() && lexicon.agentAfterVerb.contains(tokens.get(next).norm())
				&& !ctx.boundaryBetween(tokens.get(cue).end(), tokens.get(next).start())) {
			next++;
		}
		if (next < tokens.size() && !ctx.boundaryBetween(tokens.get(next - 1).end(), tokens.get(next).start())
				&& !afterPreposition) {
			// a verb, not a noun of the event (الإفراج, بتسليم), has its agent after it
			String after = nameFrom(ctx, tokens, next, tokens.size());
			if (after != null) {
				return after;
			}
		}
		int before = cue - 1;
		while (before >= 0 && lexicon.agentBeforeVerb.contains(tokens.get(before).norm())
				&& !ctx.boundaryBetween(tokens.get(before).end(), tokens.get(before + 1).start())) {
			before--;
		}
		if (before < 0 || ctx.boundaryBetween(tokens.get(before).end(), tokens.get(before + 1).start())
				|| !isAgentWord(tokens.get(before))) {
			// «أن الجيش "أوفى بالتزاماته" بإطلاق 230»: what the subject of the clause did
			return afterPreposition ? clauseSubject(ctx, tokens, cue) : null;
		}
		if (lexicon.isPossessedHead(tokens.get(before).word())) {
			return spokenFor(ctx, tokens, before);
		}
		int start = before;
		while (start > 0 && start > before - MAX_AGENT_WORDS && isAgentWord(tokens.get(start - 1))
				&& !ctx.boundaryBetween(tokens.get(start - 1).end(), tokens.get(start).start())
				&& !lexicon.isHead(tokens.get(start).word())
				&& !(ArabicWords.hasArticle(tokens.get(start).norm())
						&& !ArabicWords.hasArticle(tokens.get(start - 1).norm())
						&& !lexicon.isHead(tokens.get(start - 1).word()))) {
			// back over the name to its head; a word without the article before one with
			// it
			// governs it (اتهام المعارضة المسلحة: the accusation is not the agent)
			start--;
		}
		String adjacent = nameFrom(ctx, tokens, start, before + 1);
		return adjacent == null && afterPreposition ? clauseSubject(ctx, tokens, cue) : adjacent;
	}

	/**
	 * The name right after the complementizer that opens the clause of the token at
	 * {@code j} (أن الجيش ...), or null.
	 */
	private String clauseSubject(ArticleContext ctx, List<Token> tokens, int j) {
		for (int k = j - 1; k >= 0 && k >= j - CLAUSE_SUBJECT_REACH; k--) {
			if (lexicon.complementizers.contains(tokens.get(k).norm())) {
				return k + 1 < j ? nameFrom(ctx, tokens, k + 1, j) : null;
			}
			if (lexicon.cue(tokens.get(k).word()) != null || lexicon.cueOfPerson(tokens.get(k).word()) != null) {
				return null;
			}
		}
		return null;
	}

	/** The agent a spokesman before {@code j} speaks for (المتحدث باسم X), or null. */
	private String spokenFor(ArticleContext ctx, List<Token> tokens, int j) {
		for (int k = j - 1; k >= 0; k--) {
			if (lexicon.speaksFor.contains(tokens.get(k).norm()) && k + 1 < tokens.size()) {
				return nameFrom(ctx, tokens, k + 1, j);
			}
		}
		return null;
	}

	/**
	 * The name that starts at {@code j} and ends before {@code end}: its generic heads,
	 * then up to {@link #MAX_AGENT_WORDS} words of it, told without the heads; a head
	 * alone is told as itself (الجيش). After a head with the article only words with it
	 * go on (الجيش الوطني, not «الجيش ضمن»); after one without, its name (قوات المعارضة
	 * المسلحة). Null when no name starts there.
	 */
	private String nameFrom(ArticleContext ctx, List<Token> tokens, int j, int end) {
		List<String> words = new ArrayList<>();
		Token head = null;
		int k = j;
		while (k < end && lexicon.isHead(tokens.get(k).word())
				&& (k == j || !ctx.boundaryBetween(tokens.get(k - 1).end(), tokens.get(k).start()))) {
			head = head == null ? tokens.get(k) : head;
			k++;
		}
		while (k < end && words.size() < MAX_AGENT_WORDS && isAgentWord(tokens.get(k))
				&& !lexicon.isHead(tokens.get(k).word())
				&& (k == j || !ctx.boundaryBetween(tokens.get(k - 1).end(), tokens.get(k).start()))
				&& (ArabicWords.hasArticle(tokens.get(k).norm())
						|| words.isEmpty() && (head == null || !ArabicWords.hasArticle(tokens.get(k - 1).norm())))) {
			words.add(agentWord(tokens.get(k)));
			k++;
		}
		if (words.isEmpty() || ArabicWords.hasArticle(head == null ? "" : head.norm())) {
			// «الجيش الوطني» is الجيش; «قوات المعارضة» and «المعارضة» are one
			return head == null ? null : agentWord(head);
		}
		return String.join("_", words);
	}

	/**
	 * A word of a name: a generic head, or a word with the article or a name's word that
	 * is not a number, a preposition, a cue or a common word.
	 */
	private boolean isAgentWord(Token t) {
		Word w = t.word();
		if (lexicon.isHead(w)) {
			return true;
		}
		if (w.isDigits() || lexicon.isNumberWord(w) || lexicon.prepositions.contains(w.norm)
				|| lexicon.notNames.contains(w.norm) || lexicon.cueOfPerson(w) != null || lexicon.cue(w) != null
				|| w.stem.length() < 2) {
			return false;
		}
		return ArabicWords.hasArticle(w.norm) || isCandidate(t);
	}

	/**
	 * A name's word as the reader knows it: with its article, without other proclitics.
	 */
	private static String agentWord(Token t) {
		String word = ArabicWords.stripArticle(t.stem());
		return ArabicWords.hasArticle(t.norm()) ? ArabicWords.ARTICLE + word : word;
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
		return !w.isDigits() && w.stem.length() >= 3 && !lexicon.isCommon(w) && !lexicon.isNumberWord(w)
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
		// the tests one after the other, the costly count of the word in the article last
		if (previous != null && (lexicon.prepositions.contains(previous.norm()) || lexicon.isHead(previous.word())
				|| lexicon.isSubjectVerb(previous.word()))) {
			return true;
		}
		boolean article = ArabicWords.hasArticle(t.norm());
		boolean clitic = !t.norm().equals(t.stem());
		if (clitic && !article && ArabicWords.startsWithPreposition(t.norm())) {
			return true;
		}
		if (previousWasName && clitic && t.norm().startsWith(ArabicWords.AND)) {
			return true;
		}
		if (ArabicWords.isNisba(t.stem())) {
			return true;
		}
		// a word without article after a common noun without article: the second term of
		// a construct (سفارة كندا); not after a particle (ما زالت, إن فرق)
		if (!article && previous != null && !ArabicWords.hasArticle(previous.norm()) && previous.stem().length() >= 3
				&& lexicon.isCommon(previous.word())) {
			return true;
		}
		// a name the article repeats
		return !article && ctx.count(t.stem()) >= 2;
	}

}
