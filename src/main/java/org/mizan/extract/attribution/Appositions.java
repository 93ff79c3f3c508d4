package org.mizan.extract.attribution;

import org.mizan.extract.SourceType;

/**
 * A source named again after a comma: «موقع آخر، هو “X”» names X; «الرئيس السابق ...،
 * غسان سلامة،» the person.
 */
final class Appositions {

	private final CueLexicon lex;

	private final SourceNamer namer;

	Appositions(CueLexicon lex, SourceNamer namer) {
		this.lex = lex;
		this.namer = namer;
	}

	/**
	 * The phrase p with its apposition before the sentence end, or p itself when there is
	 * none.
	 */
	SourcePhrase extend(TokenText tt, SourcePhrase p, int end) {
		int c = p.to();
		for (int hop = 0; c < end && hop < 6 && !tt.at(c).isCharIn(lex.commas); hop++) {
			if (!tt.at(c).word() || lex.verbs.contains(tt.at(c).bare())
					|| lex.complementizers.contains(tt.at(c).norm())) {
				return p;
			}
			c++;
		}
		if (c + 1 >= end || !tt.at(c).isCharIn(lex.commas)) {
			return p;
		}
		Token next = tt.at(c + 1);
		if (lex.appositionPronouns.contains(next.norm()) && c + 2 < end && tt.at(c + 2).quote()
				&& tt.quoteMate[c + 2] > c + 2) {
			int close = tt.quoteMate[c + 2];
			SourcePhrase named = namer.phrase(tt, c + 2, close + 1, false);
			SourceType head = namer.headType(Norm.plain(p.name()));
			return new SourcePhrase(named.from(), named.to(), named.name(), named.key(),
					head == null ? SourceType.OUTLET : head);
		}
		if (p.type() == SourceType.OFFICIAL || p.type() == SourceType.ORGANISATION) {
			int n = c + 1;
			while (n < end && n - c <= 3 && tt.at(n).word() && !tt.at(n).norm().startsWith(lex.article)
					&& !lex.boundaries.contains(tt.at(n).norm())) {
				n++;
			}
			boolean closed = n < end && (tt.at(n).isCharIn(lex.appositionEnds) || tt.at(n).norm().startsWith(lex.lam));
			if (n - c - 1 >= 2 && closed) {
				String person = tt.slice(c + 1, n);
				return new SourcePhrase(p.from(), n, tt.slice(p.from(), n), namer.key(person, SourceType.PERSON),
						p.type());
			}
		}
		return p;
	}

}
