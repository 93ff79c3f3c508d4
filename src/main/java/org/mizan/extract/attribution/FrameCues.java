package org.mizan.extract.attribution;

import java.util.List;

/**
 * Frames that stand before their source («بحسب X», «وفقا لـX»): the frame, its source and
 * the sentence it governs.
 */
final class FrameCues {

	private final CueLexicon lex;

	private final TokenText tt;

	private final SpeakerReader speakers;

	private final StatementScope scope;

	private final PriorAttributions prior;

	FrameCues(CueLexicon lex, TokenText tt, SpeakerReader speakers, StatementScope scope, PriorAttributions prior) {
		this.lex = lex;
		this.tt = tt;
		this.speakers = speakers;
		this.scope = scope;
		this.prior = prior;
	}

	/**
	 * End of a frame at i (the token where its source starts), or -1; a glued ل stays on
	 * that token.
	 */
	int end(int i) {
		for (int c : lex.frameIndex.candidates(tt.at(i))) {
			String[] f = lex.frames.get(c);
			String[] head = lex.frameHeads.get(c);
			if (head != null) {
				int end = CueLexicon.match(tt.tokens, i, head);
				if (end >= 0 && end < tt.size() && tt.at(end).word() && tt.at(end).norm().startsWith(lex.lam)
						&& tt.at(end).norm().length() > 2) {
					return end;
				}
			}
			int end = CueLexicon.match(tt.tokens, i, f);
			if (end >= 0) {
				return end;
			}
		}
		return -1;
	}

	/**
	 * Records the attribution of the frame at i whose source starts at k; the token to
	 * scan on from.
	 */
	int read(int i, int k) {
		if (lex.verbs.contains(tt.at(k).bare()) || lex.notSources.contains(lex.unglue(tt.at(k).norm()))
				|| lex.notSources.contains(tt.at(k).norm())) {
			return k;
		}
		// «بحسب ما نقلته وكالة X عن اللجنة»: X relays what the committee said
		int link = lex.contentLinks.match(tt.tokens, k);
		int from = link > k && link < tt.sentenceEnd(k) ? link : k;
		boolean lam = from == k && tt.at(k).norm().startsWith(lex.lam) && tt.at(k - 1).word()
				&& !tt.at(k - 1).is(lex.lam);
		SourcePhrase p = from == k ? speakers.afterFrame(k, lam)
				: speakers.subjectAt(speakers.skipAdverbs(from, tt.sentenceEnd(k)), tt.sentenceEnd(k));
		if (p == null || speakers.isHedgeWord(p.name())) {
			return k;
		}
		List<String> via = List.of();
		SourcePhrase relayed = from > k ? speakers.relayedFrom(p.to(), tt.sentenceEnd(k), true) : null;
		if (relayed != null) {
			via = List.of(p.name());
			p = relayed;
		}
		p = prior.resolve(p);
		int[] statement = scope.aroundFrame(i, p.to());
		prior.add(new Found(i, tt.slice(i, k), false, statement[0], statement[1], p.name(), p.key(), p.type(), via));
		return p.to();
	}

}
