package org.mizan.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.mizan.corpus.Boilerplate;
import org.mizan.extract.attribution.ArticleAttributions;
import org.mizan.extract.attribution.AttributionAnalyzer;
import org.mizan.extract.quantity.BoundQuantity;
import org.mizan.extract.quantity.ArticleDate;
import org.mizan.extract.quantity.QuantityBinder;
import org.mizan.text.ArticleTokens;
import org.mizan.text.Lexicons;
import org.mizan.text.SentenceSplitter;
import org.mizan.text.TextSpan;

/**
 * The text side of the pipeline for one article: drop page boilerplate, split sentences,
 * recognize numbers and dates, bind each to what it counts, and attribute it to its
 * source. Thread-safe.
 */
public class ArticleExtractor {

	/**
	 * Bumped whenever extraction changes, so cached facts of unchanged articles are not
	 * reused across versions.
	 */
	public static final String VERSION = "6";

	private static final Set<MentionKind> FACT_KINDS = EnumSet.of(MentionKind.NUMBER, MentionKind.RANGE,
			MentionKind.PERCENT, MentionKind.MONEY, MentionKind.DATE, MentionKind.TIME, MentionKind.MULTIPLIER,
			MentionKind.DURATION);

	private final Boilerplate boilerplate = new Boilerplate();

	private final SentenceSplitter splitter = new SentenceSplitter();

	private final MentionRecognizer recognizer = new MentionRecognizer();

	private final QuantityBinder binder = new QuantityBinder();

	private final AttributionAnalyzer attribution = new AttributionAnalyzer();

	private final FactFilter factFilter = new FactFilter();

	/**
	 * This extractor and its lexicons as loaded: facts extracted under the same version
	 * can be reused.
	 */
	public String version() {
		return VERSION + "-" + Lexicons.fingerprint();
	}

	/** Reads an article once: its boilerplate, sentences and words. */
	public ArticleReading read(String text) {
		ArticleTokens tokens = ArticleTokens.read(text);
		return read(tokens, boilerplate.regions(tokens));
	}

	/**
	 * Goes on reading an article whose tokens and boilerplate are known (found when it
	 * was decoded).
	 */
	public ArticleReading read(ArticleTokens tokens, List<TextSpan> boilerplate) {
		return ArticleReading.of(tokens, boilerplate, splitter);
	}

	public ArticleExtraction extract(String text) {
		return extract(read(text));
	}

	/** The facts of an article as read once; every recognizer takes this reading. */
	public ArticleExtraction extract(ArticleReading reading) {
		String text = reading.text();
		List<TextSpan> sentences = reading.sentences();
		List<Mention> recognized = recognizer.recognize(reading);
		// the page's own date (a masthead) says when the article is, even when its body
		// names only a past year
		ArticleDate articleDate = ArticleDate.of(recognized);
		List<Mention> mentions = recognized.stream()
			.filter(m -> FACT_KINDS.contains(m.kind()))
			// a relative time ("قبل ثلاثة أشهر") has no calendar date: nothing to compare
			// across sources
			.filter(m -> m.kind() != MentionKind.DATE || m.date() != null)
			// an hour number with no clock time read (an ordinal after الساعة) is not
			// compared
			.filter(m -> m.kind() != MentionKind.TIME || m.date() != null)
			.filter(m -> !reading.inBoilerplate(new TextSpan(m.start(), m.end())))
			.toList();
		List<BoundQuantity> quantities = binder.bind(reading, mentions, articleDate);
		ArticleAttributions attributions = attribution.analyze(reading);
		List<Fact> facts = new ArrayList<>(quantities.size());
		for (BoundQuantity q : quantities) {
			if (!factFilter.isFact(q, reading.tokens())) {
				continue;
			}
			Mention m = q.mention();
			TextSpan span = new TextSpan(m.start(), m.end());
			int at = sentenceAt(sentences, span);
			TextSpan sentence = at < 0 ? span : sentences.get(at);
			boolean single = m.value() != null && m.low() == null && m.high() == null;
			String evidence = sentence.of(text);
			facts.add(new Fact(m.start(), m.end(), reading.tokens().lineOf(m.start()), m.text(), m.value(), m.date(),
					single ? m.value() : m.low(), single ? m.value() : m.high(), m.approx(), q.unit(), q.unitClass(),
					q.counted(), q.event(), q.eventClass(), q.participants(), attributions.sourceFor(span), evidence,
					sentence.start(), context(text, sentences, at, evidence, q), q.frame()));
		}
		return new ArticleExtraction(attributions.publisher(), facts, attributions.statements());
	}

	private static int sentenceAt(List<TextSpan> sentences, TextSpan span) {
		for (int i = 0; i < sentences.size(); i++) {
			if (sentences.get(i).overlaps(span)) {
				return i;
			}
		}
		return -1;
	}

	/** How many sentences back the context of a number is looked for. */
	private static final int CONTEXT_SENTENCES = 2;

	/**
	 * The earlier sentence that names what the number counts (or its event) when its own
	 * sentence does not: where a reader learns what a bare number means.
	 */
	private static String context(String text, List<TextSpan> sentences, int at, String evidence, BoundQuantity q) {
		String named = q.counted() != null && !evidence.contains(q.counted()) ? q.counted()
				: q.event() != null && !evidence.contains(q.event()) ? q.event() : null;
		if (named == null || at < 0) {
			return null;
		}
		for (int i = at - 1; i >= 0 && i >= at - CONTEXT_SENTENCES; i--) {
			String before = sentences.get(i).of(text);
			if (before.contains(named)) {
				return before;
			}
		}
		return null;
	}

}
