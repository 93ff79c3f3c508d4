package org.mizan.extract.attribution;

import java.util.List;

/**
 * Reporting verbs («قال», «أفادت»): the subject after or before the verb, a relayed
 * source, the statement after.
 */
final class VerbCues {

	private final CueLexicon lex;

	private final TokenText tt;

	private final SpeakerReader speakers;

	private final StatementScope scope;

	private final PriorAttributions prior;

	VerbCues(CueLexicon lex, TokenText tt, SpeakerReader speakers, StatementScope scope, PriorAttributions prior) {
		this.lex = lex;
		this.tt = tt;
		this.speakers = speakers;
		this.scope = scope;
		this.prior = prior;
	}

	private boolean subjectFirst(int i) {
		if (i > 0 && tt.at(i - 1).word() && lex.verbParticles.contains(tt.at(i - 1).norm())) {
			return true;
		}
		if (tt.at(i).norm().equals(tt.at(i).bare())) {
			return false;
		}
		for (int j = tt.sentenceStart(i); j < i; j++) {
			if (tt.at(j).word() && lex.topicWords.contains(tt.at(j).bare())) {
				return true;
			}
		}
		return false;
	}

	private boolean quoted(SourcePhrase p) {
		return p.name().chars().anyMatch(ch -> Norm.isQuote((char) ch));
	}

	/**
	 * Whether the verb stands in a clause an earlier cue of its sentence reports, with no
	 * contrast («إلا أن») between.
	 */
	private boolean insideReported(int subject, int verb) {
		return prior.all()
			.stream()
			.anyMatch(f -> !f.quote() && f.from() <= subject && verb < f.to() && f.cue() < subject && f.cue() != verb
					&& tt.sameSentence(f.cue(), verb) && !contrastBetween(f.cue(), subject));
	}

	private boolean contrastBetween(int from, int to) {
		for (int j = from + 1; j < to; j++) {
			if (tt.at(j).word() && lex.contrasts.match(tt.tokens, j) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Records the attribution of the verb at i, if it has a source; the token to scan on
	 * from.
	 */
	int read(int i) {
		if (prior.insideQuotation(i)) {
			return i + 1;
		}
		int end = tt.sentenceEnd(i);
		int k = speakers.skipAdverbs(i + 1, end);
		SourcePhrase p = null;
		boolean relative = i > 0 && lex.relativePronouns.contains(tt.at(i - 1).norm());
		// «وكان X قد قدّر», «أما X فقدّر»: the subject stands before the verb
		if (!relative && subjectFirst(i)) {
			p = speakers.before(speakers.subjectEndBefore(i));
		}
		if (p == null && !relative) {
			p = speakers.subjectAt(k, end);
			// inside a clause another source reports, only a named source speaks again
			// («إن وكالة Y ذكرت»)
			if (p != null && insideReported(i, i) && speakers.headType(Norm.plain(p.name())) == null && !quoted(p)) {
				return i + 1;
			}
		}
		if (p == null && i > 0) {
			p = speakers.before(relative ? i - 2 : speakers.subjectEndBefore(i));
			// «قال X إن الفحوص أكدت ...»: the subject of a clause X reports is not a new
			// speaker
			if (p != null && insideReported(p.from(), i)) {
				return i + 1;
			}
		}
		if (p != null && speakers.isHedgeWord(p.name())) {
			return i + 1;
		}
		int after = p != null && p.from() > i ? p.to() : k;
		List<String> via = List.of();
		SourcePhrase relayed = speakers.relayedFrom(after, end, lex.relayVerbs.contains(tt.at(i).bare()));
		if (p != null && relayed != null) {
			via = List.of(p.name());
			after = relayed.to();
			p = relayed;
		}
		if (p == null) {
			Found last = prior.lastBefore(i);
			if (last == null) {
				return i + 1;
			}
			p = new SourcePhrase(i, i, last.name(), last.key(), last.type());
		}
		p = prior.resolve(p);
		int[] statement = scope.afterVerb(after, end);
		prior.add(new Found(i, tt.at(i).text(), statement[2] == 1, statement[0], statement[1], p.name(), p.key(),
				p.type(), via));
		return Math.max(after, i + 1);
	}

}
