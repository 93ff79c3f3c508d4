package org.mizan.extract.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * «“...”، مثلما يؤكد مصدر»: a speaker named right after a quotation governs exactly the
 * quotation.
 */
final class QuotedSpeakers {

	private final CueLexicon lex;

	private final TokenText tt;

	private final SpeakerReader speakers;

	private final PriorAttributions prior;

	/** Verbs already read as the cue of a quotation before them. */
	private final Set<Integer> verbsAfterQuotes = new HashSet<>();

	QuotedSpeakers(CueLexicon lex, TokenText tt, SpeakerReader speakers, PriorAttributions prior) {
		this.lex = lex;
		this.tt = tt;
		this.speakers = speakers;
		this.prior = prior;
	}

	/** Whether the verb at i already attributed the quotation before it. */
	boolean spokeAfterQuote(int i) {
		return verbsAfterQuotes.contains(i);
	}

	/**
	 * Records the attribution of the quotation opened at open, if a speaker follows it;
	 * the token to scan on from.
	 */
	int read(int open) {
		int close = tt.quoteMate[open];
		int j = close + 1;
		int end = tt.paragraphEnd(close);
		if (j < end && tt.at(j).isCharIn(lex.commas)) {
			j++;
		}
		if (j < end) {
			int joined = lex.postQuoteJoiners.match(tt.tokens, j);
			j = joined >= 0 ? joined : j;
		}
		if (j >= end || !tt.at(j).word() || !lex.verbs.contains(tt.at(j).bare()) || close - open < 2) {
			return open + 1;
		}
		int k = speakers.skipAdverbs(j + 1, end);
		SourcePhrase p = speakers.subjectAt(k, end);
		if (p == null) {
			return open + 1;
		}
		p = prior.resolve(p);
		verbsAfterQuotes.add(j);
		prior.add(new Found(close, tt.at(j).text(), true, open + 1, close, p.name(), p.key(), p.type(), List.of()));
		return open + 1;
	}

}
