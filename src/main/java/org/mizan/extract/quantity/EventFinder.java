package org.mizan.extract.quantity;

import java.util.List;

/**
 * Finds the event a number belongs to: the nearest cue word, the governing noun or verb
 * before the number first ({@code مقتل 117}, {@code وصول نحو 5 آلاف}), then after it;
 * inside the clause before the whole sentence.
 */
final class EventFinder {

	/**
	 * @param index the cue's token index in its sentence
	 */
	record Event(String text, String eventClass, boolean sides, int sentence, int index) {
	}

	private static final int CLAUSE_REACH = 8;

	private static final String OPENING_QUOTES = "«“\"„";

	private final QuantityLexicon lexicon;

	EventFinder(QuantityLexicon lexicon) {
		this.lexicon = lexicon;
	}

	/** The event around {@code [start, end)} in sentence {@code s}, or null. */
	Event find(ArticleContext ctx, int s, int start, int end) {
		List<Token> tokens = ctx.tokens(s);
		int before = ArticleContext.lastBefore(tokens, start);
		int after = ArticleContext.firstAtOrAfter(tokens, end);
		// the word right before the number: after some words a number is the level an
		// event reached (ارتفع إلى 7.2)
		String lead = before >= 0 ? tokens.get(before).norm() : "";
		Event e = scan(ctx, s, before, -1, true, lead);
		if (e == null) {
			e = scan(ctx, s, after, +1, true, "");
		}
		if (e == null) {
			e = scan(ctx, s, before, -1, false, lead);
		}
		if (e == null) {
			e = scan(ctx, s, after, +1, false, "");
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

	private Event scan(ArticleContext ctx, int s, int from, int step, boolean clauseOnly, String lead) {
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
			QuantityLexicon.Cue cue = lexicon.cue(tokens.get(j).word());
			if (cue != null && !lexicon.relays(tokens, j) && !cue.levelAfter().contains(lead)) {
				return new Event(tokens.get(j).surface(ctx.text), cue.eventClass(), cue.sides(), s, j);
			}
		}
		return null;
	}

}
