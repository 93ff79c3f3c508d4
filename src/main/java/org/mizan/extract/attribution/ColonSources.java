package org.mizan.extract.attribution;

import java.util.List;

/**
 * A line that opens with its source and a colon, as headlines do («مصدر في الوزارة: ...»,
 * «شبكة "رصد": ...»): the source governs the rest of the line. Only a phrase whose head
 * names a kind of source qualifies, so a dateline or a place («البصرة: ...») does not.
 */
final class ColonSources {

	private static final int MAX_WORDS = 7;

	private final TokenText tt;

	private final SourceNamer namer;

	private final PriorAttributions prior;

	private final java.util.Set<String> relayLabels;

	ColonSources(TokenText tt, SourceNamer namer, PriorAttributions prior, java.util.Set<String> relayLabels) {
		this.relayLabels = relayLabels;
		this.tt = tt;
		this.namer = namer;
		this.prior = prior;
	}

	/**
	 * Records the attribution of the line starting at token i, if it has one; the token
	 * to scan on from.
	 */
	int read(int i) {
		if (i > 0 && tt.paragraph[i - 1] == tt.paragraph[i]) {
			return i;
		}
		int words = 0;
		int c = i;
		for (; c < tt.size() && tt.paragraph[c] == tt.paragraph[i] && words <= MAX_WORDS; c++) {
			Token t = tt.at(c);
			if (t.isChar(':')) {
				break;
			}
			if (t.word()) {
				words++;
			}
			else if (!t.quote()) {
				return i;
			}
		}
		if (words == 0 || words > MAX_WORDS || c >= tt.size() || !tt.at(c).isChar(':') || c + 1 >= tt.paragraphEnd(c)) {
			return i;
		}
		SourcePhrase p = namer.phrase(tt, i, c, false);
		// «المصدر: وكالة X» is a credit line (RelayLine), not a source speaking
		if (namer.headType(Norm.plain(p.name())) == null || relayLabels.contains(Norm.plain(p.name()))) {
			return i;
		}
		p = prior.resolve(p);
		prior.add(new Found(c, ":", false, c + 1, tt.paragraphEnd(c), p.name(), p.key(), p.type(), List.of()));
		return c + 1;
	}

}
