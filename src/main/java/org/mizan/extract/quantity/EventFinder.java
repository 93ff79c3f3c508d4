package org.mizan.extract.quantity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.mizan.extract.Mention;
import org.mizan.extract.MentionKind;

/**
 * Finds the event a number belongs to: the nearest cue word, the governing noun or verb
 * before the number first ({@code مقتل 117}, {@code وصول نحو 5 آلاف}), then after it;
 * inside the clause before the whole sentence.
 */
final class EventFinder {

	/**
	 * @param agents who does the event tells its figures apart (events.yml
	 * {@code agents})
	 * @param index the cue's token index in its sentence
	 */
	record Event(String text, String eventClass, boolean sides, boolean agents, int sentence, int index) {
	}

	private static final int CLAUSE_REACH = 8;

	/** How many words back from a cue a count it belongs to is looked for. */
	private static final int OWN_CUE_REACH = 3;

	private static final String OPENING_QUOTES = "«“\"„";

	private final QuantityLexicon lexicon;

	EventFinder(QuantityLexicon lexicon) {
		this.lexicon = lexicon;
	}

	/** The event around {@code [start, end)} in sentence {@code s}, or null. */
	Event find(ArticleContext ctx, int s, int start, int end) {
		return find(ctx, s, start, end, Figures.NONE, false, false);
	}

	/**
	 * The event around {@code [start, end)} in sentence {@code s}, or null. Past its own
	 * clause a number's event is looked for up to the next figure of the sentence only: a
	 * verb beyond another figure is that figure's («أطلق 230 محتجزاً، مقابل 182 عسكرياً
	 * أفرجت عنهم»: أفرجت is the 182's), and not past a reporting verb, which opens
	 * another statement («أطلق 230 محتجزاً، قال المتحدث إن “من وصلوا...”»). When
	 * {@code persons}, what is counted is a person: the cues of persons count
	 * ({@link QuantityLexicon#cueOfPerson}); when {@code noGroup}, persons of no group
	 * (شخص, not عون): a verb right after them names their event too
	 * ({@link QuantityLexicon#cueAfterCount}: «10 آلاف شخص شاركوا», where «2100 عون
	 * شاركوا في حماية العملية» tells of a duty).
	 */
	Event find(ArticleContext ctx, int s, int start, int end, Figures figures, boolean persons, boolean noGroup) {
		Own own = new Own(figures, start, end, persons, noGroup);
		List<Token> tokens = ctx.tokens(s);
		int before = ArticleContext.lastBefore(tokens, start);
		int after = ArticleContext.firstAtOrAfter(tokens, end);
		// the word right before the number: after some words a number is the level an
		// event reached (ارتفع إلى 7.2)
		String lead = before >= 0 ? tokens.get(before).norm() : "";
		Event e = scan(ctx, s, before, -1, true, lead, own);
		if (e == null) {
			e = scan(ctx, s, after, +1, true, "", own);
		}
		if (e == null) {
			e = scan(ctx, s, before, -1, false, lead, own);
		}
		if (e == null) {
			e = scan(ctx, s, after, +1, false, "", own);
		}
		return e;
	}

	/**
	 * A quotation opened between a number and a word (قال في مؤتمر صحفي: «عاد 412
	 * محتجزاً»): the words that frame a quotation are the speaking, not the event
	 * counted. A colon then a quotation mark opens one; quotation marks alone often hold
	 * a name (قانون “قيصر”).
	 */
	private static boolean quotationOpens(String text, int from, int to) {
		for (int i = from; i < to && i < text.length(); i++) {
			if (text.charAt(i) == ':') {
				int k = i + 1;
				while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
					k++;
				}
				if (k < text.length() && OPENING_QUOTES.indexOf(text.charAt(k)) >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	private Event scan(ArticleContext ctx, int s, int from, int step, boolean clauseOnly, String lead, Own own) {
		List<Token> tokens = ctx.tokens(s);
		for (int j = from, n = 0; j >= 0 && j < tokens.size(); j += step, n++) {
			if (clauseOnly && n >= CLAUSE_REACH) {
				return null;
			}
			if (n > 0) {
				Token a = tokens.get(step < 0 ? j : j - step);
				Token b = tokens.get(step < 0 ? j - step : j);
				if (clauseOnly && ctx.boundaryBetween(a.end(), b.start())
						|| quotationOpens(ctx.text, a.end(), b.start())) {
					return null;
				}
			}
			if (!clauseOnly && (own.figures().otherAt(tokens.get(j), own.start(), own.end())
					|| n > 0 && lexicon.reports(tokens.get(j)))) {
				return null;
			}
			Word word = tokens.get(j).word();
			QuantityLexicon.Cue cue = own.persons() ? lexicon.cueOfPerson(word) : lexicon.cue(word);
			boolean rightBefore = step < 0 && n == 0;
			if (cue == null && rightBefore) {
				cue = lexicon.cueBeforeNumber(word);
			}
			if (cue == null && step > 0 && n <= 1 && own.noGroup()) {
				// «10 آلاف شخص شاركوا»: the verb right after the persons it counts
				cue = lexicon.cueAfterCount(word);
			}
			if (cue != null && !lexicon.relays(tokens, j) && !cue.levelAfter().contains(lead)
					&& !(step < 0 && !(rightBefore && coordinated(tokens.get(j)) && !gluedNumber(ctx, own.start()))
							&& countedRightAfterAnother(ctx, tokens, j, own))) {
				return new Event(tokens.get(j).surface(ctx.text), cue.eventClass(), cue.sides(), cue.agents(), s, j);
			}
		}
		return null;
	}

	/**
	 * Whether the cue at {@code j}, met looking back from a number, comes right after
	 * another count in its clause: it is that count's own («38 من المرضى والجرحى و23
	 * قاصراً»: the injured are the 38; «20 شخصاً قتلوا و5 أصيبوا»: the 20 were killed). A
	 * cue before the other count is shared («قتل 4 جنود و3 مدنيين»).
	 */
	private boolean countedRightAfterAnother(ArticleContext ctx, List<Token> tokens, int j, Own own) {
		for (int k = j - 1; k >= 0 && k >= j - OWN_CUE_REACH; k--) {
			if (ctx.boundaryBetween(tokens.get(k).end(), tokens.get(k + 1).start())) {
				return false;
			}
			if (own.figures().countAt(tokens.get(k), own.start(), own.end())) {
				// «زلزال بقوة 6 درجات يودي بحياة 14 شخصاً»: a count of things (degrees,
				// houses) does not die; the cue is the persons' after it
				return !(own.persons() && k + 1 < j && countsThings(tokens.get(k + 1)));
			}
		}
		return false;
	}

	/**
	 * «إنقاذ 340 شخصاً وإجلاء 1200 عائلة»: a cue right before the number that carries «و»
	 * opens a phrase of its own, and its number is its object, whatever count is before
	 * it (unlike «20 شخصاً قتلوا و5 أصيبوا», where «و» is on the number).
	 */
	private boolean coordinated(Token token) {
		return lexicon.cueAfterConjunction(token.norm());
	}

	/** «و23 قاصراً»: the number carries a prefix of its own, a new conjunct. */
	private static boolean gluedNumber(ArticleContext ctx, int start) {
		return start > 0 && Character.isLetter(ctx.text.charAt(start - 1));
	}

	/** Whether the word names a unit of things, not of persons (درجات, منزل). */
	private boolean countsThings(Token token) {
		QuantityLexicon.Unit unit = lexicon.unit(token.word());
		return unit != null && unit.unitClass() != null && !"person".equals(unit.unitClass());
	}

	/** The number whose event is looked for, among the article's figures. */
	private record Own(Figures figures, int start, int end, boolean persons, boolean noGroup) {
	}

	/** The spans of an article's figures, in text order. */
	static final class Figures {

		static final Figures NONE = new Figures(new int[0], new int[0], new boolean[0]);

		private final int[] starts;

		private final int[] ends;

		/** Whether each figure counts something (not a date, not a time of day). */
		private final boolean[] counts;

		private Figures(int[] starts, int[] ends, boolean[] counts) {
			this.starts = starts;
			this.ends = ends;
			this.counts = counts;
		}

		static Figures of(List<Mention> mentions) {
			int[] starts = new int[mentions.size()];
			int[] ends = new int[mentions.size()];
			boolean[] counts = new boolean[mentions.size()];
			List<Mention> sorted = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
			for (int i = 0; i < sorted.size(); i++) {
				starts[i] = sorted.get(i).start();
				ends[i] = sorted.get(i).end();
				counts[i] = sorted.get(i).kind() != MentionKind.DATE && sorted.get(i).kind() != MentionKind.TIME;
			}
			return new Figures(starts, ends, counts);
		}

		/** Whether the token lies in a count other than [start, end). */
		boolean countAt(Token token, int start, int end) {
			int k = other(token, start, end);
			return k >= 0 && counts[k];
		}

		/** Whether the token lies in a figure other than [start, end). */
		boolean otherAt(Token token, int start, int end) {
			return other(token, start, end) >= 0;
		}

		/** The index of the figure other than [start, end) the token lies in, or -1. */
		private int other(Token token, int start, int end) {
			int i = Arrays.binarySearch(starts, token.start());
			int at = i >= 0 ? i : -i - 2;
			for (int k = Math.max(0, at - 1); k <= at + 1 && k < starts.length; k++) {
				boolean inside = starts[k] <= token.start() && token.start() < ends[k];
				boolean same = starts[k] == start && ends[k] == end;
				if (inside && !same && (ends[k] <= start || starts[k] >= end)) {
					return k;
				}
			}
			return -1;
		}

	}

}
