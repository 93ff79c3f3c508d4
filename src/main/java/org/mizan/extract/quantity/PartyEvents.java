package org.mizan.extract.quantity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mizan.extract.ArticleReading;
import org.mizan.text.TextSpan;

/**
 * Reads the events between named parties an article mentions ({@code التقى X بـ Y},
 * {@code الاجتماع بين X وY}) and the two-word names it writes (a given and a family name
 * side by side, {@code X Y}), so that statements can be matched by event across articles
 * however each words it. The event classes and their cues are the binder's
 * ({@code events.yml}, the classes marked {@code parties: true}); a party is a name as
 * the binder sees one.
 */
public final class PartyEvents {

	/**
	 * An event between parties.
	 *
	 * @param start offset of the cue word
	 * @param end end offset of the cue word
	 * @param parties the parties' keys, two or more, in text order
	 */
	public record Event(int start, int end, String eventClass, List<String> parties) {
	}

	/**
	 * Two name words side by side, the second not coordinated: a given and a family name
	 * ({@code كريم الحداد}).
	 *
	 * @param key the two words' keys, separated by a space
	 */
	public record Name(int start, int end, String key) {
	}

	public record Reading(List<Event> events, List<Name> names) {
	}

	/** How many words before and after the cue its parties may be, within its clause. */
	private static final int REACH_BEFORE = 4;

	private static final int REACH_AFTER = 5;

	private final QuantityLexicon lexicon;

	private final ParticipantFinder finder;

	public PartyEvents() {
		this.lexicon = new QuantityLexicon();
		this.finder = new ParticipantFinder(lexicon);
	}

	/**
	 * @param within the spans whose full names are wanted (the article's statements); the
	 * sentences of party events are read in full
	 */
	public Reading read(String text, List<TextSpan> sentences, List<TextSpan> within) {
		return read(new ArticleContext(text, sentences), within);
	}

	/**
	 * @param reading the article as read once: its words are the binder's
	 * @param within the spans whose full names are wanted (the article's statements); the
	 * sentences of party events are read in full
	 */
	public Reading read(ArticleReading reading, List<TextSpan> within) {
		return read(reading.words(), within);
	}

	private Reading read(ArticleContext ctx, List<TextSpan> within) {
		List<Event> events = new ArrayList<>();
		List<Name> names = new ArrayList<>();
		for (int s = 0; s < ctx.sentences.size(); s++) {
			TextSpan sentence = ctx.sentences.get(s);
			List<Token> tokens = ctx.tokens(s);
			boolean mayHaveEvent = mentionsPartyCue(tokens);
			if (!mayHaveEvent && within.stream().noneMatch(sentence::overlaps)) {
				continue;
			}
			boolean[] name = null;
			int before = events.size();
			for (int j = 0; mayHaveEvent && j < tokens.size(); j++) {
				QuantityLexicon.Cue cue = lexicon.cue(tokens.get(j).word());
				if (cue != null && cue.parties()) {
					name = name == null ? names(ctx, tokens) : name;
					List<String> parties = parties(ctx, tokens, name, j);
					if (parties.size() >= 2) {
						events.add(new Event(tokens.get(j).start(), tokens.get(j).end(), cue.eventClass(), parties));
					}
				}
			}
			if (events.size() > before || within.stream().anyMatch(sentence::overlaps)) {
				for (int j = 0; j + 1 < tokens.size(); j++) {
					if (isFullName(ctx, tokens.get(j), tokens.get(j + 1))) {
						names.add(new Name(tokens.get(j).start(), tokens.get(j + 1).end(),
								ParticipantFinder.key(tokens.get(j)) + " " + ParticipantFinder.key(tokens.get(j + 1))));
					}
				}
			}
		}
		return new Reading(List.copyOf(events), List.copyOf(names));
	}

	/**
	 * Whether the sentence could hold a party cue: looking each word up as a cue was half
	 * of this reading's time.
	 */
	private boolean mentionsPartyCue(List<Token> tokens) {
		for (Token t : tokens) {
			if (t.word().mayBePartyCue(lexicon)) {
				return true;
			}
		}
		return false;
	}

	private boolean[] names(ArticleContext ctx, List<Token> tokens) {
		boolean[] name = new boolean[tokens.size()];
		for (int j = 0; j < tokens.size(); j++) {
			name[j] = finder.isName(ctx, tokens, j, j > 0 && name[j - 1]);
		}
		return name;
	}

	/**
	 * The cue's parties: the names right before it, a subject with its titles
	 * ({@code المشير X التقى}, {@code أن X
	 * التقى}), and the names after it within its clause up to the next event
	 * ({@code الاجتماع بين X وY}). A nominal cue after a preposition
	 * ({@code بعد الاجتماعات}) has nothing before it: the run of names stops at the first
	 * other word. After a definite nominal cue the next definite word is its adjective
	 * ({@code الاجتماع الطارئ}), and an adjective of origin with the article
	 * ({@code الرئيس السوري}) describes a party rather than being one.
	 */
	private List<String> parties(ArticleContext ctx, List<Token> tokens, boolean[] name, int cue) {
		Set<String> parties = new LinkedHashSet<>();
		for (int j = cue - 1; j >= Math.max(0, cue - REACH_BEFORE)
				&& !ctx.boundaryBetween(tokens.get(j).end(), tokens.get(j + 1).start()); j--) {
			boolean subject = !name[j] && j > 0 && tokens.get(j).candidateName(finder)
					&& lexicon.complementizers.contains(tokens.get(j - 1).norm());
			if (!name[j] && !subject && !lexicon.isHead(tokens.get(j).word())) {
				break;
			}
			addParty(parties, tokens.get(j), name[j] || subject);
		}
		String stripped = ArabicWords.stripArticle(tokens.get(cue).norm());
		// الاجتماع is a definite noun; التقى only begins like one
		boolean definite = !stripped.equals(tokens.get(cue).norm()) && lexicon.cues.containsKey(stripped);
		// titles (الرئيس, الوزير) do not count towards the reach
		for (int j = cue + 1, words = 0; j < tokens.size() && words < REACH_AFTER
				&& lexicon.cue(tokens.get(j).word()) == null
				&& !ctx.boundaryBetween(tokens.get(j - 1).end(), tokens.get(j).start()); j++) {
			boolean adjective = definite && j == cue + 1 && ArabicWords.hasArticle(tokens.get(j).norm());
			addParty(parties, tokens.get(j), name[j] && !adjective);
			words += lexicon.isHead(tokens.get(j).word()) ? 0 : 1;
		}
		return List.copyOf(parties);
	}

	private static void addParty(Set<String> parties, Token t, boolean name) {
		if (name && !(ArabicWords.hasArticle(t.norm()) && ArabicWords.isNisba(t.stem()))) {
			parties.add(ParticipantFinder.key(t));
		}
	}

	/**
	 * A name word without the article followed, after a space only, by a name word that
	 * is not coordinated.
	 */
	private boolean isFullName(ArticleContext ctx, Token given, Token family) {
		// the cheap tests first: most pairs of words fail one of them, and a name lookup
		// is not cheap
		boolean familyClitic = !family.norm().equals(family.stem()) && !family.norm().startsWith(ArabicWords.ARTICLE);
		if (familyClitic || ArabicWords.hasArticle(given.norm()) || !onlySpaceBetween(ctx.text, given, family)
				|| ArabicWords.isNisba(family.stem())) {
			return false;
		}
		return given.candidateName(finder) && family.candidateName(finder);
	}

	private static boolean onlySpaceBetween(String text, Token first, Token second) {
		for (int i = first.end(); i < second.start(); i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
