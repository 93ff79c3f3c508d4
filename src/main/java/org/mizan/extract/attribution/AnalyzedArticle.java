package org.mizan.extract.attribution;

import java.util.Collections;
import java.util.List;

import org.mizan.extract.Attribution;
import org.mizan.extract.Hedge;
import org.mizan.extract.SourceRef;
import org.mizan.extract.SourceType;
import org.mizan.text.TextSpan;

/**
 * The attributions of one article and the rule that finds the source of any span: a
 * quotation that contains it, else the nearest cue of its sentence, else the last cue of
 * an earlier sentence of its paragraph, else the relayed outlet. The span's own clause or
 * sentence gives the hedge.
 */
final class AnalyzedArticle implements ArticleAttributions {

	private final TokenText tt;

	private final List<Found> found;

	private final List<Attribution> statements;

	private final HedgeMarks hedges;

	private final SourceRef relay;

	/** The declared origin or the masthead's name, when the article gives one. */
	private final String publisher;

	/**
	 * The statements shown: the attributed ones ({@link #statements}, one per found cue)
	 * and the narrated events.
	 */
	private final List<Attribution> rows;

	AnalyzedArticle(TokenText tt, List<Found> found, List<Attribution> statements, HedgeMarks hedges, SourceRef relay,
			String publisher) {
		this(tt, found, statements, hedges, relay, publisher, statements);
	}

	private AnalyzedArticle(TokenText tt, List<Found> found, List<Attribution> statements, HedgeMarks hedges,
			SourceRef relay, String publisher, List<Attribution> rows) {
		this.tt = tt;
		this.found = found;
		this.statements = statements;
		this.hedges = hedges;
		this.relay = relay;
		this.publisher = publisher;
		this.rows = rows;
	}

	AnalyzedArticle withRows(List<Attribution> rows) {
		return new AnalyzedArticle(tt, found, statements, hedges, relay, publisher, rows);
	}

	@Override
	public List<Attribution> statements() {
		return Collections.unmodifiableList(rows);
	}

	/**
	 * Whether the article says what is at {@code offset} on its own authority: no
	 * quotation or cue governs it.
	 */
	boolean narrated(int offset) {
		return tt.size() > 0 && pick(Math.min(tt.tokenAt(offset), tt.size() - 1)) < 0;
	}

	/**
	 * The article's words within {@code text[start, end)}: {@link TokenText#plainWithin}.
	 */
	String plainWithin(int start, int end) {
		return tt.plainWithin(start, end);
	}

	Hedge hedgeAt(int offset) {
		return tt.size() == 0 ? null : hedges.at(Math.min(tt.tokenAt(offset), tt.size() - 1));
	}

	@Override
	public String publisher() {
		return publisher;
	}

	@Override
	public SourceRef sourceFor(TextSpan span) {
		int at = Math.min(tt.tokenAt(span.start()), Math.max(tt.size() - 1, 0));
		Hedge hedge = tt.size() == 0 ? null : hedges.at(at);
		int best = pick(at);
		if (best >= 0) {
			return withHedge(statements.get(best).source(), hedge);
		}
		return relay != null ? withHedge(relay, hedge) : SourceRef.none(hedge);
	}

	private int pick(int at) {
		int quote = -1;
		int before = -1;
		int after = -1;
		for (int f = 0; f < found.size(); f++) {
			Found x = found.get(f);
			if (x.quote() && x.from() <= at && at < x.to()) {
				if (quote < 0 || x.to() - x.from() < found.get(quote).to() - found.get(quote).from()) {
					quote = f;
				}
			}
			else if (!x.quote() && inScope(x, at) || x.quote() && tt.sameSentence(x.cue(), at) && !inAnyQuote(at)) {
				if (x.cue() <= at) {
					before = f;
				}
				else if (after < 0) {
					after = f;
				}
			}
		}
		if (quote >= 0) {
			return quote;
		}
		if (before >= 0) {
			return before;
		}
		if (after >= 0) {
			return after;
		}
		return continued(at);
	}

	private boolean inScope(Found x, int at) {
		return tt.sameSentence(x.cue(), at) || x.from() <= at && at < x.to();
	}

	private boolean inAnyQuote(int at) {
		return found.stream().anyMatch(x -> x.quote() && x.from() <= at && at < x.to());
	}

	/** The last attribution of an earlier sentence of the same paragraph. */
	private int continued(int at) {
		int last = -1;
		for (int f = 0; f < found.size(); f++) {
			int cue = found.get(f).cue();
			if (cue < at && tt.paragraph[cue] == tt.paragraph[at]) {
				last = f;
			}
		}
		return last;
	}

	static SourceRef withHedge(SourceRef ref, Hedge hedge) {
		return new SourceRef(ref.name(), ref.key(), ref.type(), ref.via(), ref.cue(), hedge);
	}

	static SourceRef outlet(String name, String key) {
		return new SourceRef(name, key, SourceType.OUTLET, List.of(), "relay", null);
	}

}
