package org.mizan.extract.attribution;

/**
 * Reads who speaks at a cue: the subject of a reporting verb, the owner after a frame, a
 * farther relayed source.
 */
final class SpeakerReader {

	private final CueLexicon lex;

	private final SourcePhraseReader reader;

	private final TokenText tt;

	SpeakerReader(CueLexicon lex, SourcePhraseReader reader, TokenText tt) {
		this.lex = lex;
		this.reader = reader;
		this.tt = tt;
	}

	/** The first token from k on that does not start an adverb phrase, at most end. */
	int skipAdverbs(int k, int end) {
		for (int adv; k < end && (adv = lex.adverbs.match(tt.tokens, k)) >= 0;) {
			k = adv;
		}
		return k;
	}

	/** The subject after a verb starting at token k, or null. */
	SourcePhrase subjectAt(int k, int end) {
		return k < end && subjectCanStart(k) ? reader.forward(tt, k, false) : null;
	}

	/** The source named before a verb, read backward from token b, or null. */
	SourcePhrase before(int b) {
		return reader.backward(tt, b);
	}

	/**
	 * The source after a frame, looking through a content noun to its owner («المعلومات
	 * التي حصلت عليها X»).
	 */
	SourcePhrase afterFrame(int k, boolean lam) {
		String first = lam ? lex.unglue(tt.at(k).norm()) : tt.at(k).norm();
		if (lex.contentNouns.contains(first) || lex.contentNouns.contains(tt.at(k).norm())) {
			int end = tt.sentenceEnd(k);
			for (int j = k + 1; j < end && j <= k + 6; j++) {
				int link = lex.contentLinks.match(tt.tokens, j);
				if (link >= 0 && link < end) {
					return reader.forward(tt, link, false);
				}
			}
			Token owner = k + 1 < end ? tt.at(k + 1) : null;
			if (owner != null && (owner.norm().startsWith(lex.article) || owner.quote())) {
				SourcePhrase named = reader.forward(tt, k + 1, false);
				SourcePhrase whole = reader.forward(tt, k, lam);
				return named == null || whole == null ? whole
						: new SourcePhrase(whole.from(), whole.to(), whole.name(), named.key(), named.type());
			}
		}
		return reader.forward(tt, k, lam);
	}

	/**
	 * «نقلت صحيفة X عن مصادر», «أفادت X، نقلا عن مصادر، بأن»: the farther source; X
	 * becomes the relay.
	 */
	SourcePhrase relayedFrom(int j, int end, boolean relayVerb) {
		for (int hop = 0; j < end && hop < 4; hop++, j++) {
			Token t = tt.at(j);
			if (relayVerb && t.is(lex.relayFrom)
					|| t.is(lex.relayAdverb) && j + 1 < end && tt.at(j + 1).is(lex.relayFrom)) {
				int at = t.is(lex.relayFrom) ? j + 1 : j + 2;
				return at < end ? reader.forward(tt, at, false) : null;
			}
			if (t.word() && lex.boundaries.contains(t.norm())) {
				return null;
			}
		}
		return null;
	}

	/** A name that is only a hedge word is no source. */
	boolean isHedgeWord(String name) {
		String plain = Norm.plain(name);
		return lex.hedgePhrases.contains(plain);
	}

	/**
	 * A subject may follow the verb unless a complementizer, a preposition, a colon or a
	 * long quotation does.
	 */
	private boolean subjectCanStart(int k) {
		Token t = tt.at(k);
		if (t.quote()) {
			return tt.quoteMate[k] > k && tt.quoteMate[k] - k <= 6;
		}
		return t.word() && !lex.boundaries.contains(t.norm()) && !reader.addressee(t) && !lex.verbs.contains(t.bare())
				&& !SourcePhraseReader.number(t) && !possessed(t);
	}

	org.mizan.extract.SourceType headType(String plain) {
		return reader.headType(plain);
	}

	/**
	 * «نتائجها», «هويته»: a noun with a possessive pronoun is what is stated, not who
	 * states it.
	 */
	private boolean possessed(Token t) {
		return lex.pronounSuffixes.stream()
			.anyMatch(suffix -> t.norm().endsWith(suffix) && t.norm().length() > suffix.length() + 2)
				&& reader.headType(t.norm()) == null;
	}

	/**
	 * The last token of the subject before the verb at i: past a particle («قد», «وكان X
	 * قد قال») and a relative clause between commas («المصدر، الذي طلب عدم ذكر اسمه،
	 * أكد»); -1 when the verb opens its sentence.
	 */
	int subjectEndBefore(int i) {
		int b = i - 1;
		int floor = tt.sentenceStart(i);
		if (b >= floor && tt.at(b).word() && lex.verbParticles.contains(tt.at(b).norm())) {
			b--;
		}
		if (b > floor && tt.at(b).isCharIn(lex.commas)) {
			for (int c = b - 1; c > floor && b - c <= 12; c--) {
				if (tt.at(c).isCharIn(lex.commas) && tt.at(c + 1).word()
						&& lex.relativePronouns.contains(tt.at(c + 1).norm())) {
					return c - 1;
				}
			}
		}
		return b;
	}

}
