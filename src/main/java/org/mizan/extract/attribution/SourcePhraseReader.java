package org.mizan.extract.attribution;

/**
 * Reads a source's noun phrase around a cue: forward from a token, or backward to the
 * start of its sentence.
 */
final class SourcePhraseReader {

	private static final int MAX_WORDS = 8;

	private final CueLexicon lex;

	private final SourceNamer namer;

	private final Appositions appositions;

	SourcePhraseReader(CueLexicon lex, SourceNamer namer) {
		this.lex = lex;
		this.namer = namer;
		this.appositions = new Appositions(lex, namer);
	}

	/** The phrase read forward from token k, or null. */
	SourcePhrase forward(TokenText tt, int k, boolean dropLam) {
		int end = tt.sentenceEnd(k);
		while (k < end && tt.at(k).word() && adverbial(tt.at(k))) {
			k++;
		}
		int e = k;
		int words = 0;
		while (e < end && words < MAX_WORDS) {
			Token t = tt.at(e);
			if (t.word()) {
				// a number is what a source states, not part of its name, unless it ends
				// the name («فرانس 24 أن»)
				if (number(t) && words > 0 && (e + 1 >= end || !tt.at(e + 1).word() || stops(tt.at(e + 1)))) {
					words++;
					e++;
					break;
				}
				if (number(t) || words > 0 && (stops(t) || lex.adverbs.match(tt.tokens, e) >= 0 || adverbial(t)
						|| addressee(t) || statementNoun(t))) {
					break;
				}
				words++;
				e++;
			}
			else if (t.quote() && tt.quoteMate[e] > e && tt.quoteMate[e] - e <= 6) {
				words += tt.quoteMate[e] - e - 1;
				e = tt.quoteMate[e] + 1;
			}
			else if (t.quote() && words > 0 && !Norm.isOpeningQuote(t.text().charAt(0)) && tt.quoteMate[e] < 0
					&& t.text().charAt(0) != '"') {
				e++;
			}
			else {
				break;
			}
		}
		if (words == 0) {
			return null;
		}
		SourcePhrase p = namer.phrase(tt, k, e, dropLam);
		return appositions.extend(tt, p, end);
	}

	/**
	 * The phrase read backward from token b (inclusive) down to the start of its
	 * sentence, or null.
	 */
	SourcePhrase backward(TokenText tt, int b) {
		int floor = tt.sentenceStart(b);
		int s = b + 1;
		int words = 0;
		for (int i = b; i >= floor && words < MAX_WORDS - 1; i--) {
			Token t = tt.at(i);
			if (t.word()) {
				if (number(t) || lex.backBoundaries.contains(t.norm()) || lex.backBoundaries.contains(t.bare())
						|| lex.boundaries.contains(t.norm()) || lex.verbs.contains(t.bare())) {
					break;
				}
				words++;
				s = i;
			}
			else if (t.quote()) {
				s = i;
			}
			else {
				break;
			}
		}
		while (s <= b && tt.at(s).quote() && (tt.quoteMate[s] < 0 || tt.quoteMate[s] > b)) {
			s++;
		}
		return words == 0 || s > b ? null : namer.phrase(tt, s, b + 1, false);
	}

	private boolean stops(Token t) {
		return lex.boundaries.contains(t.norm()) || lex.verbs.contains(t.bare());
	}

	/** An accusative adverb (علناً, رسمياً) ends a name. */
	private boolean adverbial(Token t) {
		return lex.adverbEndings.stream().anyMatch(t.text()::endsWith);
	}

	org.mizan.extract.SourceType headType(String plain) {
		return namer.headType(plain);
	}

	/**
	 * «الإفراج», «ارتفاع», «الكلفة»: the noun that opens what is stated, with or without
	 * its article.
	 */
	private boolean statementNoun(Token t) {
		String w = t.bare();
		return lex.statementNouns.contains(w)
				|| w.startsWith(lex.article) && lex.statementNouns.contains(w.substring(lex.article.length()));
	}

	static boolean number(Token t) {
		return Character.isDigit(t.norm().charAt(0));
	}

	/** «لصحيفة», «للموقع», «لـ» after a name: the addressee, not the source. */
	boolean addressee(Token t) {
		return t.norm().equals(lex.lam) || t.norm().length() > 3 && t.norm().startsWith(lex.lam)
				&& namer.headType(t.norm().substring(lex.lam.length())) != null;
	}

}
