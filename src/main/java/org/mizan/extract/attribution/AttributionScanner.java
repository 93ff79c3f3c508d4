package org.mizan.extract.attribution;

import java.util.List;

/**
 * Finds the attributions of one article in text order: frames, reporting verbs and
 * quotations with a speaker.
 */
final class AttributionScanner {

	private final CueLexicon lex;

	private final TokenText tt;

	private final PriorAttributions prior;

	private final FrameCues frames;

	private final VerbCues verbs;

	private final QuotedSpeakers quotes;

	private final ColonSources colons;

	AttributionScanner(CueLexicon lex, SourceNamer namer, SourcePhraseReader reader, TokenText tt) {
		this.lex = lex;
		this.tt = tt;
		this.prior = new PriorAttributions(namer, tt, lex);
		SpeakerReader speakers = new SpeakerReader(lex, reader, tt);
		StatementScope scope = new StatementScope(tt, lex);
		this.frames = new FrameCues(lex, tt, speakers, scope, prior);
		this.verbs = new VerbCues(lex, tt, speakers, scope, prior);
		this.quotes = new QuotedSpeakers(lex, tt, speakers, prior);
		this.colons = new ColonSources(tt, namer, prior, lex.relayLines);
	}

	List<Found> scan() {
		int i = 0;
		while (i < tt.size()) {
			int next = i + 1;
			Token t = tt.at(i);
			int notCue = t.word() ? lex.notCues.match(tt.tokens, i) : -1;
			int frameEnd = t.word() && notCue < 0 ? frames.end(i) : -1;
			int colon = t.word() && notCue < 0 && frameEnd < 0 ? colons.read(i) : i;
			if (colon > i) {
				next = colon;
			}
			else if (notCue >= 0) {
				next = notCue;
			}
			else if (frameEnd >= 0) {
				next = frames.read(i, frameEnd);
			}
			else if (t.word() && lex.verbs.contains(t.bare()) && !quotes.spokeAfterQuote(i)) {
				next = verbs.read(i);
			}
			else if (t.quote() && tt.quoteMate[i] > i) {
				next = quotes.read(i);
			}
			i = Math.max(next, i + 1);
		}
		return prior.all();
	}

}
