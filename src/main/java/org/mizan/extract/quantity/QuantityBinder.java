package org.mizan.extract.quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mizan.extract.ArticleReading;
import org.mizan.extract.ClaimFrame;
import org.mizan.extract.Mention;
import org.mizan.extract.MentionKind;
import org.mizan.text.TextSpan;

/**
 * Binds each number mention to what it counts, the event it belongs to and the
 * participants named around it. All language knowledge comes from the {@code units},
 * {@code events} and {@code participants} lexicons.
 */
public class QuantityBinder {

	/**
	 * Fewer plain participants than this in the sentence: the neighbour sentences' are
	 * added.
	 */
	private static final int MIN_PARTICIPANTS = 2;

	private final QuantityLexicon lexicon;

	private final CountedFinder countedFinder;

	private static final String PERSON = "person";

	private final EventFinder eventFinder;

	private final ParticipantFinder participantFinder;

	private final FrameLexicon frames;

	public QuantityBinder() {
		this.lexicon = new QuantityLexicon();
		this.countedFinder = new CountedFinder(lexicon);
		this.eventFinder = new EventFinder(lexicon);
		this.participantFinder = new ParticipantFinder(lexicon);
		this.frames = new FrameLexicon();
	}

	/**
	 * @param text the article's text; offsets of sentences and mentions are into it
	 * @param sentences the article's sentences, in order
	 * @return one bound quantity per mention, in the mentions' order
	 */
	public List<BoundQuantity> bind(String text, List<TextSpan> sentences, List<Mention> mentions) {
		return bind(new ArticleContext(text, sentences), mentions, ArticleDate.UNKNOWN);
	}

	/**
	 * @param reading the article as read once; offsets of mentions are into its text
	 * @return one bound quantity per mention, in the mentions' order
	 */
	public List<BoundQuantity> bind(ArticleReading reading, List<Mention> mentions) {
		return bind(reading.words(), mentions, ArticleDate.UNKNOWN);
	}

	/**
	 * @param reading the article as read once; offsets of mentions are into its text
	 * @param date when the article is ({@link ArticleDate#of}, its page's dates
	 * included): a figure told with an earlier year is of that year, one told «حتى مساء
	 * الأحد» in an article of that Sunday is of now
	 * @return one bound quantity per mention, in the mentions' order
	 */
	public List<BoundQuantity> bind(ArticleReading reading, List<Mention> mentions, ArticleDate date) {
		return bind(reading.words(), mentions, date);
	}

	private List<BoundQuantity> bind(ArticleContext ctx, List<Mention> mentions, ArticleDate date) {
		FrameReader frameReader = new FrameReader(frames, lexicon, ctx, mentions, date);
		EventFinder.Figures figures = EventFinder.Figures.of(mentions);
		List<BoundQuantity> out = new ArrayList<>(mentions.size());
		for (Mention m : mentions) {
			out.add(bind(ctx, frameReader, figures, m));
		}
		return provisionalThroughout(out);
	}

	/**
	 * An article that calls a toll provisional once (in its body: «وفق حصيلة أولية»)
	 * tells the same toll as provisional wherever it gives it (its headline): the same
	 * measure and value of persons, earlier throughout.
	 */
	private static List<BoundQuantity> provisionalThroughout(List<BoundQuantity> bound) {
		Set<String> earlier = new HashSet<>();
		for (BoundQuantity q : bound) {
			if (isEarlierCount(q)) {
				earlier.add(q.frame().measure() + "=" + q.mention().value());
			}
		}
		if (earlier.isEmpty()) {
			return bound;
		}
		List<BoundQuantity> out = new ArrayList<>(bound.size());
		for (BoundQuantity q : bound) {
			ClaimFrame f = q.frame();
			boolean same = f != null && f.revision() == null && "person".equals(q.unitClass())
					&& earlier.contains(f.measure() + "=" + q.mention().value());
			out.add(!same ? q
					: new BoundQuantity(q.mention(), q.unit(), q.unitClass(), q.counted(), q.event(), q.eventClass(),
							q.participants(), new ClaimFrame(f.measure(), f.label(), f.subject(), f.scope(), f.time(),
									ClaimFrame.EARLIER, f.kind(), f.place(), f.context())));
		}
		return out;
	}

	private static boolean isEarlierCount(BoundQuantity q) {
		return q.frame() != null && ClaimFrame.EARLIER.equals(q.frame().revision()) && "person".equals(q.unitClass())
				&& q.mention().value() != null;
	}

	private BoundQuantity bind(ArticleContext ctx, FrameReader frameReader, EventFinder.Figures figures, Mention m) {
		int s = ctx.sentenceOf(m.start());
		String unit;
		String unitClass;
		String counted = null;
		int home = s;
		String fixed = fixedUnit(m);
		if (fixed != null) {
			unit = fixed;
			unitClass = classOf(m, fixed);
		}
		else {
			CountedFinder.Counted c = countedFinder.find(ctx, s, m);
			unit = c == null ? "count" : c.unit();
			unitClass = c == null ? "number" : c.unitClass();
			counted = c == null ? null : c.text();
			home = c == null ? s : c.sentence();
		}
		// «بعد 80 آخرين»: others are of the kind and the event of a figure before them
		boolean persons = PERSON.equals(unitClass);
		boolean noGroup = persons && frames.genericPersons.contains(unit);
		EventFinder.Event event = eventFinder.find(ctx, s, m.start(), m.end(),
				lexicon.isOthers(unit) ? EventFinder.Figures.NONE : figures, persons, noGroup);
		if (event == null && home != s) {
			event = eventFinder.find(ctx, home, ctx.sentences.get(home).end(), ctx.sentences.get(home).end(),
					EventFinder.Figures.NONE, persons, noGroup);
		}
		String eventClass = event == null ? null : event.eventClass();
		List<String> participants = participants(ctx, m, s, home, event);
		ClaimFrame frame = frameReader.read(new FrameReader.Binding(m, s, unit, unitClass, counted,
				event == null ? null : event.text(), eventClass, participants));
		return new BoundQuantity(m, unit, unitClass, counted, event == null ? null : event.text(), eventClass,
				participants, frame);
	}

	private static String fixedUnit(Mention m) {
		if (m.kind() == MentionKind.DATE) {
			return "date";
		}
		if (m.unit() != null) {
			return m.unit();
		}
		return switch (m.kind()) {
			case TIME -> "time";
			case PERCENT -> "percent";
			case MULTIPLIER -> "times";
			case ORDINAL -> "ordinal";
			default -> null;
		};
	}

	private static String classOf(Mention m, String unit) {
		if (m.kind() == MentionKind.MONEY || unit.matches("[A-Z]{3}")) {
			return "money:" + unit;
		}
		return unit.toLowerCase(Locale.ROOT);
	}

	private List<String> participants(ArticleContext ctx, Mention m, int s, int home, EventFinder.Event event) {
		Set<String> out = new LinkedHashSet<>();
		if (event != null && event.sides()) {
			participantFinder.sides(ctx, home).forEach(k -> out.add("side:" + k));
			if (home != s) {
				participantFinder.sides(ctx, s).forEach(k -> out.add("side:" + k));
			}
		}
		if (event != null && event.agents()) {
			String agent = participantFinder.agent(ctx, event.sentence(), event.index());
			if (agent != null) {
				out.add(ParticipantFinder.AGENT + agent);
			}
		}
		if (event != null && event.sentence() == s) {
			List<Token> tokens = ctx.tokens(s);
			int first = ArticleContext.firstAtOrAfter(tokens, m.start());
			int last = ArticleContext.lastBefore(tokens, m.end());
			int from = Math.min(event.index(), last);
			int to = Math.max(event.index(), first);
			participantFinder.between(ctx, s, from, to).forEach(k -> out.add("arg:" + k));
		}
		Set<String> plain = new LinkedHashSet<>(participantFinder.names(ctx, s, m.start(), m.end()));
		if (home != s) {
			plain.addAll(participantFinder.names(ctx, home, 0, 0));
		}
		if (plain.size() < MIN_PARTICIPANTS) {
			if (home > 0) {
				plain.addAll(participantFinder.names(ctx, home - 1, 0, 0));
			}
			if (s + 1 < ctx.sentences.size()) {
				plain.addAll(participantFinder.names(ctx, s + 1, 0, 0));
			}
		}
		out.addAll(plain);
		return List.copyOf(out);
	}

}
