package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.List;

import org.mizan.extract.ArticleReading;
import org.mizan.extract.Attribution;
import org.mizan.extract.SourceRef;
import org.mizan.extract.SourceType;
import org.mizan.text.TextSpan;

/**
 * Finds who says what in an article: attribution cues, quotations, their scope, source
 * types and hedges. The cues are data ({@code config/lexicon/attribution.yml}).
 * Thread-safe after construction; one pass over the tokens.
 */
public class AttributionAnalyzer {

	/**
	 * An article read in full from one outlet is relayed when that outlet is its first
	 * source, this early.
	 */
	private static final double LEAD_SHARE = 0.3;

	private final CueLexicon lex;

	private final SourceNamer namer;

	private final SourcePhraseReader reader;

	private final StatementKeys keys;

	private final EventStatements events;

	public AttributionAnalyzer() {
		this.lex = CueLexicon.load();
		this.namer = new SourceNamer(lex);
		this.reader = new SourcePhraseReader(lex, namer);
		this.keys = new StatementKeys(lex);
		this.events = new EventStatements(keys);
	}

	public ArticleAttributions analyze(String text, List<TextSpan> sentences) {
		return analyze(new ArticleReading(text, List.of(), sentences));
	}

	/** The attributions of an article as read once. */
	public ArticleAttributions analyze(ArticleReading reading) {
		String text = reading.text();
		List<TextSpan> sentences = reading.sentences();
		TokenText tt = new TokenText(reading.tokens(), sentences);
		HedgeMarks hedges = new HedgeMarks(tt, lex);
		List<Found> found = new AttributionScanner(lex, namer, reader, tt).scan();
		RelayLine credits = new RelayLine(lex, namer);
		SourceRef whole = credits.atBottom(text);
		SourceRef declared = whole != null ? whole : credits.atTop(text);
		// what nobody in the text states comes from the outlet credited at the end or the
		// outlet the lead retells; a
		// reprint's credit in the page header only joins the relay chain: the page's own
		// sentences are its own
		SourceRef relay = whole != null ? whole : leadOutlet(found, tt);
		found = relays(found, declared);
		List<Attribution> statements = new ArrayList<>();
		for (Found f : found) {
			SourceRef ref = new SourceRef(f.name(), f.key(), f.type(), f.via(), f.cueText(), hedges.at(f.cue()));
			String statement = tt.slice(f.from(), f.to());
			int start = f.to() > f.from() ? tt.at(f.from()).start() : tt.at(Math.min(f.cue(), tt.size() - 1)).start();
			int end = f.to() > f.from() ? tt.at(f.to() - 1).end() : start;
			statements.add(new Attribution(start, end, ref, statement, keys.of(tt.plain(f.from(), f.to()))));
		}
		String publisher = declared != null ? declared.name() : credits.publisher(text);
		AnalyzedArticle article = new AnalyzedArticle(tt, found, List.copyOf(statements), hedges, relay, publisher);
		return article.withRows(events.rows(reading, article, declared));
	}

	/**
	 * Nested cues get the outer source as relay («قالت صحيفة X إن وكالة Y ذكرت»); a
	 * declared origin comes last.
	 */
	private List<Found> relays(List<Found> found, SourceRef declared) {
		List<Found> out = new ArrayList<>();
		for (Found f : found) {
			List<String> via = new ArrayList<>(f.via());
			for (Found outer : out) {
				if (!outer.quote() && outer != f && outer.from() <= f.cue() && f.cue() < outer.to()
						&& !outer.key().equals(f.key()) && !via.contains(outer.name())) {
					via.add(0, outer.name());
				}
			}
			if (declared != null && !declared.key().equals(f.key())
					&& via.stream().noneMatch(v -> namer.key(v, SourceType.OUTLET).equals(declared.key()))) {
				via.add(declared.name());
			}
			out.add(f.withVia(List.copyOf(via)));
		}
		return out;
	}

	/**
	 * The article's first source, when it is an outlet (or relayed by one) named in the
	 * lead.
	 */
	private SourceRef leadOutlet(List<Found> found, TokenText tt) {
		if (found.isEmpty() || tt.at(found.get(0).cue()).start() > LEAD_SHARE * tt.text.length()) {
			return null;
		}
		Found first = found.get(0);
		if (!first.via().isEmpty()) {
			String origin = first.via().get(first.via().size() - 1);
			return AnalyzedArticle.outlet(origin, namer.key(origin, SourceType.OUTLET));
		}
		boolean outlet = first.type() == SourceType.OUTLET || first.type() == SourceType.AGENCY;
		return outlet ? AnalyzedArticle.outlet(first.name(), first.key()) : null;
	}

}
