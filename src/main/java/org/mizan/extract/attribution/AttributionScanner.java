package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import org.mizan.extract.SourceType;

/** Finds the attributions of one article in text order: frames, reporting verbs and quotations with a speaker. */
final class AttributionScanner {

	private final CueLexicon lex;

	private final SourceNamer namer;

	private final SourcePhraseReader reader;

	private final TokenText tt;

	private final List<Found> found = new ArrayList<>();

	private final java.util.Set<Integer> spokenAfterQuote = new java.util.HashSet<>();

	AttributionScanner(CueLexicon lex, SourceNamer namer, SourcePhraseReader reader, TokenText tt) {
		this.lex = lex;
		this.namer = namer;
		this.reader = reader;
		this.tt = tt;
	}

	List<Found> scan() {
		int i = 0;
		while (i < tt.size()) {
			int next = i + 1;
			Token t = tt.at(i);
			int notCue = t.word() ? lex.notCues.match(tt.tokens, i) : -1;
			int frameEnd = t.word() && notCue < 0 ? frameEnd(i) : -1;
			if (notCue >= 0) {
				next = notCue;
			}
			else if (frameEnd >= 0) {
				next = frame(i, frameEnd);
			}
			else if (t.word() && lex.verbs.contains(t.bare()) && !spokenAfterQuote.contains(i)) {
				next = verb(i);
			}
			else if (t.quote() && tt.quoteMate[i] > i) {
				next = quoteWithSpeakerAfter(i);
			}
			i = Math.max(next, i + 1);
		}
		return found;
	}

	/** End of a frame at i (the token where its source starts); a glued ل stays on that token. */
	private int frameEnd(int i) {
		for (int c : lex.frameIndex.candidates(tt.at(i))) {
			String[] f = lex.frames.get(c);
			String[] head = lex.frameHeads.get(c);
			if (head != null) {
				int end = CueLexicon.match(tt.tokens, i, head);
				if (end >= 0 && end < tt.size() && tt.at(end).word() && tt.at(end).norm().startsWith("ل")
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

	private int frame(int i, int k) {
		if (lex.verbs.contains(tt.at(k).bare()) || lex.notSources.contains(SourceNamer.unglue(tt.at(k).norm()))
				|| lex.notSources.contains(tt.at(k).norm())) {
			return k;
		}
		boolean lam = tt.at(k).norm().startsWith("ل") && tt.at(k - 1).word() && !tt.at(k - 1).is("ل");
		SourcePhrase p = owner(k, lam);
		if (p == null || isHedgeWord(p.name())) {
			return k;
		}
		p = resolve(p);
		int s = tt.sentenceStart(i);
		int e = tt.sentenceEnd(i);
		boolean leading = true;
		for (int j = s; j < i; j++) {
			leading &= !tt.at(j).word() || tt.at(j).is("و") || tt.at(j).is("ف");
		}
		int from = leading ? skipJoin(p.to(), e) : s;
		int to = leading ? e : trimBack(i, s);
		found.add(new Found(i, tt.slice(i, k), false, from, to, p.name(), p.key(), p.type(), List.of()));
		return p.to();
	}

	/** The source after a frame, looking through a content noun to its owner («المعلومات التي حصلت عليها X»). */
	private SourcePhrase owner(int k, boolean lam) {
		String first = lam ? SourceNamer.unglue(tt.at(k).norm()) : tt.at(k).norm();
		if (lex.contentNouns.contains(first) || lex.contentNouns.contains(tt.at(k).norm())) {
			int end = tt.sentenceEnd(k);
			for (int j = k + 1; j < end && j <= k + 6; j++) {
				int link = lex.contentLinks.match(tt.tokens, j);
				if (link >= 0 && link < end) {
					return reader.forward(tt, link, false);
				}
			}
			Token owner = k + 1 < end ? tt.at(k + 1) : null;
			if (owner != null && (owner.norm().startsWith("ال") || owner.quote()) && !owner.norm().equals("الواردة")) {
				SourcePhrase named = reader.forward(tt, k + 1, false);
				SourcePhrase whole = reader.forward(tt, k, lam);
				return named == null || whole == null ? whole
						: new SourcePhrase(whole.from(), whole.to(), whole.name(), named.key(), named.type());
			}
		}
		return reader.forward(tt, k, lam);
	}

	private int verb(int i) {
		if (found.stream().anyMatch(f -> f.quote() && f.from() <= i && i < f.to())) {
			return i + 1;
		}
		int end = tt.sentenceEnd(i);
		int k = i + 1;
		for (int adv; k < end && (adv = lex.adverbs.match(tt.tokens, k)) >= 0;) {
			k = adv;
		}
		SourcePhrase p = null;
		boolean relative = i > 0 && (tt.at(i - 1).is("الذي") || tt.at(i - 1).is("التي"));
		if (!relative && k < end && subjectCanStart(k)) {
			p = reader.forward(tt, k, false);
		}
		if (p == null && i > 0) {
			p = reader.backward(tt, relative ? i - 2 : i - 1);
		}
		if (p != null && isHedgeWord(p.name())) {
			return i + 1;
		}
		int after = p != null && p.from() > i ? p.to() : k;
		List<String> via = List.of();
		SourcePhrase relayed = relayedFrom(after, end, lex.relayVerbs.contains(tt.at(i).bare()));
		if (p != null && relayed != null) {
			via = List.of(p.name());
			after = relayed.to();
			p = relayed;
		}
		if (p == null) {
			Found last = lastBefore(i);
			if (last == null) {
				return i + 1;
			}
			p = new SourcePhrase(i, i, last.name(), last.key(), last.type());
		}
		p = resolve(p);
		int[] statement = statementAfter(after, end);
		if (statement[0] >= statement[1] && statement[1] < tt.size() && tt.at(statement[1] - 1).isChar(':')) {
			statement = new int[] { statement[1], tt.paragraphEnd(statement[1]), 0 };
		}
		found.add(new Found(i, tt.at(i).text(), statement[2] == 1, statement[0], statement[1], p.name(), p.key(),
				p.type(), via));
		return Math.max(after, i + 1);
	}

	/** «نقلت صحيفة X عن مصادر», «أفادت X، نقلا عن مصادر، بأن»: the farther source; X becomes the relay. */
	private SourcePhrase relayedFrom(int j, int end, boolean relayVerb) {
		for (int hop = 0; j < end && hop < 4; hop++, j++) {
			Token t = tt.at(j);
			if (relayVerb && t.is("عن") || t.is("نقلا") && j + 1 < end && tt.at(j + 1).is("عن")) {
				int at = t.is("عن") ? j + 1 : j + 2;
				return at < end ? reader.forward(tt, at, false) : null;
			}
			if (t.word() && (t.is("ان") || t.is("بان") || lex.boundaries.contains(t.norm()))) {
				return null;
			}
		}
		return null;
	}

	/** A subject may follow the verb unless a complementizer, a preposition, a colon or a long quotation does. */
	private boolean subjectCanStart(int k) {
		Token t = tt.at(k);
		if (t.quote()) {
			return tt.quoteMate[k] > k && tt.quoteMate[k] - k <= 6;
		}
		return t.word() && !lex.boundaries.contains(t.norm()) && !t.is("ل") && !lex.verbs.contains(t.bare());
	}

	/** The statement after a cue: the clause after إن/أن, or a quotation after a colon (to its close or paragraph end). */
	private int[] statementAfter(int j, int end) {
		int start = j;
		for (int hop = 0; j < end && hop < 25; hop++, j++) {
			Token t = tt.at(j);
			if (t.quote() && tt.quoteMate[j] > j && tt.quoteMate[j] - j <= 5 && j > 0 && tt.at(j - 1).word()) {
				j = tt.quoteMate[j];
				continue;
			}
			if (t.isChar(':') || t.quote() && Norm.isOpeningQuote(t.text().charAt(0)) || t.text().equals("\"")) {
				int q = t.isChar(':') ? j + 1 : j;
				if (q < tt.size() && tt.at(q).quote() && tt.paragraph[q] == tt.paragraph[j]) {
					int close = tt.quoteMate[q] > q ? tt.quoteMate[q] : tt.paragraphEnd(q);
					return new int[] { q + 1, close, 1 };
				}
				if (t.isChar(':')) {
					return new int[] { j + 1, end, 0 };
				}
			}
			boolean temporal = j > 0 && (tt.at(j - 1).bare().equals("بعد") || tt.at(j - 1).bare().equals("قبل")
					|| tt.at(j - 1).is("منذ") || tt.at(j - 1).is("دون"));
			if (t.word() && !temporal && (t.bare().equals("ان") || t.is("بان") || t.is("انه") || t.is("انها"))) {
				return new int[] { j + 1, end, 0 };
			}
		}
		return new int[] { skipJoin(start, end), end, 0 };
	}

	/** «“...”، مثلما يؤكد مصدر»: a speaker named right after a quotation. */
	private int quoteWithSpeakerAfter(int open) {
		int close = tt.quoteMate[open];
		int j = close + 1;
		int end = tt.paragraphEnd(close);
		if (j < end && (tt.at(j).isChar('،') || tt.at(j).isChar(','))) {
			j++;
		}
		if (j < end) {
			int joined = lex.postQuoteJoiners.match(tt.tokens, j);
			j = joined >= 0 ? joined : j;
		}
		if (j >= end || !tt.at(j).word() || !lex.verbs.contains(tt.at(j).bare()) || close - open < 2) {
			return open + 1;
		}
		int k = j + 1;
		for (int adv; k < end && (adv = lex.adverbs.match(tt.tokens, k)) >= 0;) {
			k = adv;
		}
		SourcePhrase p = k < end && subjectCanStart(k) ? reader.forward(tt, k, false) : null;
		if (p == null) {
			return open + 1;
		}
		p = resolve(p);
		spokenAfterQuote.add(j);
		found.add(new Found(close, tt.at(j).text(), true, open + 1, close, p.name(), p.key(), p.type(), List.of()));
		return open + 1;
	}

	/** A bare family name or «الصحيفة» refers back to the source named before. */
	private SourcePhrase resolve(SourcePhrase p) {
		String[] words = p.key().split(" ");
		SourceType head = namer.headType(Norm.plain(p.name()));
		boolean anaphora = words.length == 1 && head != null && Norm.plain(p.name()).startsWith("ال")
				&& head != SourceType.ANONYMOUS;
		for (int f = found.size() - 1; f >= 0; f--) {
			Found prior = found.get(f);
			String[] pk = prior.key() == null ? new String[0] : prior.key().split(" ");
			boolean sameName = words.length == 1 && pk.length > 1 && pk[pk.length - 1].equals(words[0]);
			boolean sameKind = anaphora && prior.type() == head;
			if (sameName || sameKind) {
				return new SourcePhrase(p.from(), p.to(), prior.name(), prior.key(), prior.type());
			}
		}
		return p;
	}

	private Found lastBefore(int i) {
		for (int f = found.size() - 1; f >= 0; f--) {
			if (tt.paragraph[i] - tt.paragraph[Math.min(found.get(f).cue(), tt.size() - 1)] <= 2) {
				return found.get(f);
			}
		}
		return null;
	}

	private boolean isHedgeWord(String name) {
		String plain = Norm.plain(name);
		return lex.hedgePhrases.contains(plain);
	}

	private int skipJoin(int j, int end) {
		while (j < end && (!tt.at(j).word() || tt.at(j).is("فان") || tt.at(j).is("فقد") || tt.at(j).is("ان")
				|| tt.at(j).is("بان"))) {
			j++;
		}
		return j;
	}

	private int trimBack(int j, int floor) {
		while (j > floor && !tt.at(j - 1).word()) {
			j--;
		}
		return j;
	}

}
