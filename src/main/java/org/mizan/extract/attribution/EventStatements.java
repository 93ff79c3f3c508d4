package org.mizan.extract.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.extract.ArticleReading;
import org.mizan.extract.Attribution;
import org.mizan.extract.SourceRef;
import org.mizan.extract.quantity.PartyEvents;
import org.mizan.text.TextSpan;

/**
 * Statements about events between parties. An article that tells on its own authority of
 * a meeting between two named parties states it as fact: the sentence becomes a statement
 * without a source, so that another article reporting the same meeting as a leak or a
 * claim shows the drift. Only such sentences are added (events of a class marked
 * {@code parties: true}, with two parties or more), so the statements stay few.
 * <p>
 * Every statement's key also carries its events and two-word names as terms after its
 * content words: {@code @class:party:party} for an event and {@code #given_family} for a
 * full name. The align step matches statements by event with them, and makes either half
 * of a full name an alias of it for the corpus.
 */
final class EventStatements {

	static final char EVENT = '@';

	static final char NAME = '#';

	private final PartyEvents partyEvents = new PartyEvents();

	private final StatementKeys keys;

	EventStatements(StatementKeys keys) {
		this.keys = keys;
	}

	/**
	 * The article's statements with their event terms, and its narrated party events as
	 * statements, in text order.
	 */
	List<Attribution> rows(ArticleReading read, AnalyzedArticle article, SourceRef declared) {
		String text = read.text();
		List<TextSpan> sentences = read.sentences();
		List<TextSpan> spans = article.statements().stream().map(a -> new TextSpan(a.start(), a.end())).toList();
		PartyEvents.Reading reading = partyEvents.read(read, spans);
		if (reading.events().isEmpty() && reading.names().isEmpty()) {
			return article.statements();
		}
		List<Attribution> rows = new ArrayList<>();
		for (Attribution a : article.statements()) {
			String terms = terms(reading, a.start(), a.end());
			rows.add(terms.isEmpty() ? a
					: new Attribution(a.start(), a.end(), a.source(), a.statement(), join(a.statementKey(), terms)));
		}
		Map<TextSpan, Integer> narrated = new LinkedHashMap<>();
		for (PartyEvents.Event e : reading.events()) {
			if (article.narrated(e.start())) {
				sentences.stream()
					.filter(s -> s.contains(e.start()))
					.findFirst()
					.ifPresent(s -> narrated.putIfAbsent(s, e.start()));
			}
		}
		narrated.forEach((sentence, cue) -> rows.add(narrated(text, sentence, reading, article, declared, cue)));
		rows.sort(Comparator.comparingInt(Attribution::start));
		return List.copyOf(rows);
	}

	private Attribution narrated(String text, TextSpan sentence, PartyEvents.Reading reading, AnalyzedArticle article,
			SourceRef declared, int cue) {
		int start = sentence.start();
		int end = sentence.end();
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		String statement = text.substring(start, end);
		// an article that declares whom it reports from as a whole tells the event on
		// that outlet's word
		SourceRef source = declared != null ? AnalyzedArticle.withHedge(declared, article.hedgeAt(cue))
				: SourceRef.none(article.hedgeAt(cue));
		return new Attribution(start, end, source, statement,
				join(keys.of(article.plainWithin(start, end)), terms(reading, start, end)));
	}

	private static String terms(PartyEvents.Reading reading, int from, int to) {
		StringBuilder terms = new StringBuilder();
		for (PartyEvents.Event e : reading.events()) {
			if (from <= e.start() && e.start() < to) {
				terms.append(' ').append(EVENT).append(e.eventClass());
				e.parties().forEach(p -> terms.append(':').append(p));
			}
		}
		for (PartyEvents.Name n : reading.names()) {
			if (from <= n.start() && n.end() <= to) {
				terms.append(' ').append(NAME).append(n.key().replace(' ', '_'));
			}
		}
		return terms.toString().strip();
	}

	private static String join(String key, String terms) {
		return key == null || key.isEmpty() ? terms : terms.isEmpty() ? key : key + " " + terms;
	}

}
