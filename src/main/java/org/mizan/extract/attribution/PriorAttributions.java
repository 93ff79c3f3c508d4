package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import org.mizan.extract.SourceType;

/** The attributions found so far in an article, which later cues refer back to. */
final class PriorAttributions {

	private final SourceNamer namer;

	private final TokenText tt;

	private final List<Found> found = new ArrayList<>();

	private final java.util.Set<String> selfWords;

	private final String article;

	PriorAttributions(SourceNamer namer, TokenText tt, CueLexicon lex) {
		this.namer = namer;
		this.tt = tt;
		this.selfWords = lex.selfWords;
		this.article = lex.article;
	}

	void add(Found f) {
		found.add(f);
	}

	List<Found> all() {
		return found;
	}

	/** Whether token i lies inside a quotation already attributed. */
	boolean insideQuotation(int i) {
		return found.stream().anyMatch(f -> f.quote() && f.from() <= i && i < f.to());
	}

	/**
	 * A bare family name or «الصحيفة», «الوزارة» refers back to the source named before.
	 */
	SourcePhrase resolve(SourcePhrase p) {
		String[] plain = Norm.plain(p.name()).split(" ");
		// «المصدر ذاته», «المصدر نفسه»: the source just named, whatever its kind
		if (plain.length == 2 && namer.headType(plain[0]) != null && selfWords.contains(plain[1]) && !found.isEmpty()) {
			Found last = found.get(found.size() - 1);
			return new SourcePhrase(p.from(), p.to(), last.name(), last.key(), last.type());
		}
		String[] words = p.key().split(" ");
		SourceType head = namer.headType(Norm.plain(p.name()));
		boolean anaphora = words.length == 1 && head != null && Norm.plain(p.name()).startsWith(article)
				&& head != SourceType.ANONYMOUS;
		for (int f = found.size() - 1; f >= 0; f--) {
			Found prior = found.get(f);
			String[] pk = prior.key() == null ? new String[0] : prior.key().split(" ");
			boolean sameName = words.length == 1 && pk.length > 1 && pk[pk.length - 1].equals(words[0]);
			// «الوزارة», «البنك» refer back to a source of that kind whose name has that
			// head noun
			boolean sameKind = anaphora && prior.type() == head && prior.name() != null
					&& Norm.plain(prior.name()).contains(Norm.plain(p.name()).substring(article.length()));
			if (sameName || sameKind) {
				return new SourcePhrase(p.from(), p.to(), prior.name(), prior.key(), prior.type());
			}
		}
		return p;
	}

	/**
	 * The last attribution at most two paragraphs before token i: a cue without a source
	 * carries its speaker over.
	 */
	Found lastBefore(int i) {
		for (int f = found.size() - 1; f >= 0; f--) {
			if (tt.paragraph[i] - tt.paragraph[Math.min(found.get(f).cue(), tt.size() - 1)] <= 2) {
				return found.get(f);
			}
		}
		return null;
	}

}
