package org.mizan.extract.quantity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.mizan.extract.ClaimFrame;
import org.mizan.extract.ClaimFrame.Kind;
import org.mizan.extract.Mention;
import org.mizan.extract.MentionKind;
import org.mizan.text.ArabicMorphology;

/**
 * Reads the frame of a bound number from the words around it ({@code frames.yml}): what
 * it measures, of which thing and part, when, and of what kind. One reader serves one
 * article, in the order of its numbers: a part ({@code بينهم 11 مدنيا}) takes the measure
 * of the total named before it in its sentence.
 */
final class FrameReader {

	private static final Set<String> PERIOD_CLASSES = Set.of("date", "time", "duration");

	/** The subject of a figure told of several commodities at once: of none alone. */
	private static final String SEVERAL = "";

	/** What a number's words say, before the frame is put together. */
	record Binding(Mention mention, int sentence, String unit, String unitClass, String counted, String event,
			String eventClass, List<String> participants) {
	}

	/** How far after a count the count of a part of it is read («11 حالة، ثلاث منها»). */
	private static final int PART_OF_PREVIOUS_REACH = 3;

	/**
	 * How far before «بنسبة» its verb of change is looked for: ارتفعت أسعار البنزين
	 * بنسبة.
	 */
	private static final int CHANGE_VERB_REACH = 12;

	/** The scope of a figure of one part alone (المدينة وحدها): «alone:» and the part. */
	private static final String ALONE = "alone:";

	/** The longest opening clause read as a fronted date: وفي يونيو 2023، */
	private static final int FRONTED_REACH = 4;

	/** How far after a number «في عداد» is looked for: 8 أشخاص في عداد المفقودين. */
	private static final int COUNTED_AMONG_REACH = 6;

	/** How far before a date «منذ» is looked for: منذ اندلاع الحرب في 15 أبريل 2023. */
	private static final int SINCE_REACH = 5;

	/** Words either side of a number where a part of its measure is named. */
	private static final int PART_REACH = 4;

	/**
	 * How far after a part told out of its measure («9 من المصابين ما زالوا في حالة
	 * حرجة») its part may be named.
	 */
	private static final int PART_REACH_AFTER = 8;

	/** Words either side of a number read as its context. */
	private static final int CONTEXT_REACH = 5;

	/** The fewest letters a word keeps behind a one-letter preposition. */
	private static final int MIN_AFTER_PREPOSITION = 3;

	private final FrameLexicon lexicon;

	private final QuantityLexicon words;

	private final ArticleContext ctx;

	private final int latestYear;

	/** The day the article is of, when its latest date is a full one; else null. */
	private final LocalDate articleDay;

	/**
	 * How many tokens before «من X إلى Y» a verb of change may lead it, through a list of
	 * changes.
	 */
	private static final int RISE_REACH = 30;

	/**
	 * How close after a value before a change the value after it is (من 21,25% إلى
	 * 22,25%).
	 */
	private static final int AFTER_REACH = 3;

	/** The most words of an aside in brackets after a figure. */
	private static final int MAX_ASIDE = 6;

	/** How many words a subject may put between «كان» and «قد» (وكان الطرفان قد). */
	private static final int PLUPERFECT_REACH = 4;

	/** How far after a price its commodity may be named (17 جنيهاً للتر السولار). */
	private static final int SUBJECT_AFTER = 3;

	/** How far into its clause «حين» may open it (، حين, ، وذلك حين). */
	private static final int WHEN_REACH = 3;

	/** How far before a figure a rate adverb qualifies it (يومياً ما بين 60 و70). */
	private static final int RATE_REACH = 3;

	/**
	 * How close after a figure «وليس» and the value it denies follow it (31 قاصراً، وليس
	 * 23).
	 */
	private static final int CONTRAST_REACH = 8;

	private static final String TOTAL = ClaimFrame.TOTAL;

	/**
	 * The measure each generic head last named in the article with its term (نسبة
	 * المشاركة), for the head told again alone (النسبة).
	 */
	private final Map<String, FrameLexicon.Measure> namedByHead = new HashMap<>();

	private ClaimFrame previous;

	/**
	 * This figure's place in a list of figures joined by «و» (0 for the first), and the
	 * token the list starts at.
	 */
	private int listIndex;

	private int listStart;

	/**
	 * The previous figure that is not a whole another is counted out of, where it ends
	 * and its sentence.
	 */
	private ClaimFrame previousClaim;

	private int previousClaimLast = -1;

	private int previousClaimSentence = -1;

	/** The last token of the previous figure in its sentence. */
	private int previousLast = -1;

	private int previousSentence = -1;

	private boolean previousWasPart;

	/**
	 * The article's dates: a figure next to a year before the latest one is about that
	 * past year.
	 */
	private final List<Mention> dates;

	/**
	 * The ends of every figure of the article, in text order: a change word is of the
	 * nearest figure after it.
	 */
	private final int[] figureEnds;

	/**
	 * Months told without a year (شباط الماضي): past ones are told by {@link #pastMonth}.
	 */
	private final List<Mention> pastMonths;

	/** The starts of every figure of the article, in text order. */
	private final int[] figureStarts;

	/**
	 * @param articleDate the article's date: the latest of its dates, its page's included
	 * (a masthead dates the article when its body names only a past year); a year alone
	 * when no full date has it; null when it names none
	 */
	FrameReader(FrameLexicon lexicon, QuantityLexicon words, ArticleContext ctx, List<Mention> mentions,
			ArticleDate articleDate) {
		this.lexicon = lexicon;
		this.words = words;
		this.ctx = ctx;
		this.dates = mentions.stream().filter(m -> m.kind() == MentionKind.DATE && year(m) > 0).toList();
		this.pastMonths = mentions.stream()
			.filter(m -> m.kind() == MentionKind.DATE && m.date() != null && m.date().matches("--\\d\\d"))
			.toList();
		int articleYear = articleDate == null ? 0 : articleDate.year();
		this.latestYear = Math.max(articleYear, dates.stream().mapToInt(FrameReader::year).max().orElse(0));
		this.articleDay = articleDate == null ? null : articleDate.day();
		this.figureEnds = mentions.stream().mapToInt(Mention::end).sorted().toArray();
		this.figureStarts = mentions.stream().mapToInt(Mention::start).sorted().toArray();
	}

	/**
	 * Where the token at {@code i} starts, or the end of the sentence when the figure's
	 * number is glued past it.
	 */
	private static int startOf(List<Token> tokens, int i) {
		return i < tokens.size() ? tokens.get(i).start() : tokens.get(tokens.size() - 1).end();
	}

	/** Whether a figure of the article starts within the token. */
	private boolean figureAt(Token t) {
		int i = java.util.Arrays.binarySearch(figureStarts, t.start());
		int at = i >= 0 ? i : -i - 1;
		return at < figureStarts.length && figureStarts[at] < t.end();
	}

	/** Whether a figure of the article ends within the token. */
	private boolean figureEndsIn(Token t) {
		int i = java.util.Arrays.binarySearch(figureEnds, t.start() + 1);
		int at = i >= 0 ? i : -i - 1;
		return at < figureEnds.length && figureEnds[at] <= t.end();
	}

	/**
	 * Whether another figure ends between a word at {@code from} and this figure's start
	 * (بمقدار جنيهين ليصل إلى 17,50).
	 */
	private boolean figureBetween(int from, int start) {
		int i = java.util.Arrays.binarySearch(figureEnds, from);
		int at = i >= 0 ? i : -i - 1;
		return at < figureEnds.length && figureEnds[at] <= start;
	}

	ClaimFrame read(Binding b) {
		Mention m = b.mention();
		List<Token> tokens = ctx.tokens(b.sentence());
		int first = firstOf(tokens, m.start());
		int last = ArticleContext.lastBefore(tokens, m.end());
		String glued = gluedPrefix(tokens, first, m.start());
		if (glued != null) {
			first++;
		}
		if (contradicts(tokens, first, b)) {
			// «7 مقاعد على الأقل وليس 4 مقاعد»: the value denied is of the very claim
			// just stated (14 مديرية من أصل
			// 26 «وليس تسع»: the part stated, not the whole it is out of)
			return remember(previousClaim, b, previousWasPart, last);
		}
		int clauseStart = clauseStart(tokens, first);
		int clauseEnd = clauseEnd(tokens, Math.max(last, first - 1));
		boolean part = isPart(tokens, first, clauseStart, glued, b);
		boolean person = "person".equals(b.unitClass());
		String ownEvent = person ? lexicon.personsOfEvents.get(b.unit()) : null;
		// persons named by an event take another event as persons of no group do
		boolean generic = person && (lexicon.genericPersons.contains(b.unit()) || ownEvent != null);
		String scope = null;
		FrameLexicon.Measure measure = null;
		FrameLexicon.Measure byEvent = person && b.eventClass() != null ? lexicon.byEvent.get(b.eventClass()) : null;
		FrameLexicon.Measure byOwnEvent = ownEvent != null && b.eventClass() == null ? lexicon.byEvent.get(ownEvent)
				: null;
		FrameLexicon.Measure byUnit = lexicon.byUnit.get(b.unit());
		String agent = agentOf(b);
		FrameLexicon.Measure clauseHead = null;
		FrameLexicon.Measure counted = null;
		if (holds(tokens, first, clauseStart, b)) {
			// الملعب الذي يتسع لـ65 ألف متفرج: the stadium's capacity, not a crowd
			measure = lexicon.capacityMeasure;
		}
		else if (byUnit != null && byUnit.byGroup()) {
			// 87 مصابا: the injured, whatever event the sentence names
			measure = byUnit;
		}
		else if (byOwnEvent != null) {
			// 37 موقوفاً: the arrested, whatever head the clause has
			measure = byOwnEvent;
		}
		else if (byEvent != null && agent != null) {
			// أطلق الجيش 230 محتجزاً, أفرجت عنهم قوات X: whatever noun names them, the
			// persons an agent released are its count
			measure = byEvent;
		}
		else if (generic && (clauseHead = headInClause(tokens, first, clauseStart, b)) != null) {
			// «الحصيلة وصلت إلى 17 شخصا»: the toll, not an arrival
			measure = clauseHead;
		}
		else if (lexicon.toldByPart.contains(b.unit())
				&& (clauseHead = headInClause(tokens, first, clauseStart, b)) != null && !clauseHead.equals(byUnit)) {
			// «عدد الوفيات بلغ 31 حالة»: cases count whoever the clause's head names
			measure = clauseHead;
		}
		else if (generic
				&& (counted = countedAmong(tokens, last, clauseEnd(tokens, Math.max(last, first - 1)))) != null) {
			// «28 آخرين لا يزالون في عداد المفقودين»: the missing, whatever verb is near
			measure = counted;
		}
		else if (byEvent != null && (generic || byEvent.byGroup())) {
			// قتل 4 جنود: soldiers among the dead; لقي 15 شخصا حتفهم: the dead
			measure = byEvent;
			scope = generic || byEvent.equals(byUnit) ? null : b.unit();
		}
		if (measure == null) {
			measure = byUnit;
		}
		FrameLexicon.Measure among = measure == null && person ? amongTerm(tokens, first, clauseStart) : null;
		if (among != null) {
			// «بين المفرج عنهم 31 قاصراً»: minors among the released
			measure = among;
			scope = generic ? null : b.unit();
		}
		boolean bare = "number".equals(b.unitClass());
		if (measure == null && part && (person || bare) && previous != null && previousSentence == b.sentence()
				&& !previous.measuresNothing()) {
			// بينهم 11 مدنيا: the part of the total before it
			measure = new FrameLexicon.Measure(previous.measure(), previous.label(), false, Set.of());
			scope = generic || bare ? null : b.unit();
		}
		String measureKey;
		String label;
		if (measure != null) {
			measureKey = measure.key();
			label = measure.label();
		}
		else {
			// persons of no group take a head of their own clause only (سجلت تسعة قتلى،
			// وإن أكثر من 300 أسرة باتت دون مأوى: the families are not the dead)
			FrameLexicon.Measure head = !takesHead(b, generic) ? null
					: generic ? headInClause(tokens, first, clauseStart, b) : head(tokens, first, b);
			if (head != null && head.equals(lexicon.sharedUnits.get(b.unit()))) {
				// الحرارة 45 درجة: the unit's own measure, as 45 درجة told plainly
				head = null;
			}
			if (head != null) {
				measureKey = head.key() + (b.unitClass().startsWith("money:") || b.unitClass().equals("percent")
						? "/" + b.unitClass() : "");
				label = head.label();
			}
			else {
				measureKey = fallback(b);
				String named = lexicon.countLabels.get(b.unit());
				label = named != null ? named
						: b.counted() != null ? b.counted() : lexicon.unitLabels.getOrDefault(b.unit(), b.unit());
			}
		}
		if (!takesValue(b.unitClass()) && afterCommodity(tokens, first, glued)) {
			measureKey = ClaimFrame.NOTHING;
		}
		String qualifiers = qualifiers(tokens, last + 1, clauseEnd, part && !person, countedStem(b));
		String rate = rateBefore(tokens, first, clauseStart);
		if (rate != null && (qualifiers == null || !qualifiers.contains(rate))) {
			qualifiers = qualifiers == null ? rate : qualifiers + " " + rate;
		}
		int afterAside = afterAside(tokens, last);
		String per = afterAside == last + 1 ? per(tokens, last + 1, clauseEnd)
				: per(tokens, afterAside, clauseEnd(tokens, afterAside));
		if (per != null) {
			qualifiers = qualifiers == null ? per : qualifiers + " " + per;
		}
		if (qualifiers != null) {
			scope = scope == null ? qualifiers : scope + " " + qualifiers;
		}
		boolean whole = isTotal(tokens, first, glued);
		if (whole) {
			if (bare && previous != null && previousSentence == b.sentence() && !previous.measuresNothing()) {
				// 9 مديريات من أصل 26: the whole is counted in the part's measure
				measureKey = previous.measure();
				label = previous.label();
			}
			// «من أصل 40 مقعدا» states the council's 40 seats as «على 40 مقعدا» does: a
			// counted noun's whole is a
			// claim of its own that meets the same number told plainly (by value, never
			// by the words it shares with
			// its part); a measure's whole is its total
			scope = measureKey.startsWith("unit:") ? null : TOTAL;
		}
		// a date or a span of time is of the event, not counted in the one institution
		// (المستشفى استقبل 900 حالة خلال أسبوعين: the two weeks are the outbreak's)
		String within = PERIOD_CLASSES.contains(b.unitClass()) ? null : institution(tokens, first, clauseStart);
		if (within != null) {
			scope = scope == null ? within : scope + " " + within;
		}
		String level = level(tokens, clauseStart, clauseEnd);
		if (level != null) {
			scope = scope == null ? level : scope + " " + level;
		}
		boolean partOfPrevious = partOfPrevious(tokens, first, last, b);
		String named = partOfPrevious ? null : namedPart(measureKey, tokens, first, last, clauseStart, clauseEnd);
		if (named == null && !partOfPrevious && lexicon.toldByPart.contains(b.unit())) {
			// «الحالات الحرجة بلغت 11 حالة»: the cases are the critically injured
			for (FrameLexicon.Measure other : lexicon.measuresByKey.values()) {
				named = namedPart(other.key(), tokens, first, last, clauseStart, clauseEnd);
				if (named != null) {
					measureKey = other.key();
					label = other.label();
					break;
				}
			}
		}
		if (named != null) {
			scope = named;
		}
		if (partOfPrevious) {
			// «11 حالة، ثلاث منها خطيرة جداً»: three of the eleven
			measureKey = previous.measure();
			label = previous.label();
			scope = "part";
		}
		if (part && scope == null) {
			scope = "part";
		}
		if (scope == null && !PERIOD_CLASSES.contains(b.unitClass())) {
			// a span of time is the event's, not the one part's (المستشفى وحده استقبل 300
			// حالة خلال أسبوعين)
			scope = alone(tokens, first, clauseStart);
		}
		if (measureKey.equals("time")) {
			// a time of day is its own when: the words around it (الجمعة, بالتوقيت
			// المحلي) tell the reader, not the claim
			return remember(new ClaimFrame(measureKey, label, null, null, null, null, Kind.COUNT, null,
					context(tokens, first, last, clauseStart, clauseEnd)), b, part, last);
		}
		Kind kind = kind(tokens, first, clauseStart, glued, b.unitClass());
		String time = time(tokens, first, last, clauseStart, clauseEnd, glued, "person".equals(b.unitClass()),
				takesValue(b.unitClass()));
		FrameLexicon.Measure measured = lexicon.measuresByKey.get(measureKey.split("/")[0]);
		// a quake's depth is not revised as a toll is: «وكانت الهيئة قد قدرت» is
		// a reading
		String revision = measured != null && measured.fixed() ? null : revision(tokens, first, clauseStart);
		if (revision == null && "person".equals(b.unitClass()) && provisional(tokens)) {
			// «لقي 6 أشخاص حتفهم ...، وفق حصيلة أولية»: a provisional toll of persons
			revision = ClaimFrame.EARLIER;
		}
		String subject = subject(tokens, first, last, b, measureKey.split("/")[0]);
		listIndex = joinedToPrevious(tokens, first, glued, b) ? listIndex + 1 : 0;
		if (listIndex == 0) {
			listStart = first;
		}
		String respective = listIndex > 0 || listFollows(tokens, last)
				? respective(tokens, last, clauseStart, clauseEnd) : null;
		if (respective != null) {
			subject = respective;
		}
		if (subject != null && measureKey.startsWith("unit:") && b.unitClass().startsWith("money:")
				&& !lexicon.stanceNames.contains(subject)) {
			// بنزين 92 بـ19 جنيهاً: a commodity's amount of money is its price
			measureKey = lexicon.commodityMeasure.key() + "/" + b.unitClass();
			label = lexicon.commodityMeasure.label();
		}
		if (subject == null && agent != null && measure != null && measure == byEvent) {
			subject = ClaimFrame.BY + agent;
		}
		if (SEVERAL.equals(subject)) {
			subject = null;
		}
		if (time == null && previous != null && "before".equals(previous.time()) && previousSentence == b.sentence()
				&& first - previousLast <= AFTER_REACH && first >= 1
				&& tokens.get(first - 1).norm().equals(lexicon.to)) {
			// من 21,25% إلى 22,25%: the value after a change is of what the value before
			// it was
			measureKey = previous.measure();
			label = previous.label();
			subject = subject != null ? subject : previous.subject();
		}
		ClaimFrame frame = new ClaimFrame(measureKey, label, subject, scope, time, revision, kind,
				measureKey.startsWith("unit:") ? null : place(tokens, last + 1, clauseEnd),
				whole ? null : context(tokens, first, last, clauseStart, clauseEnd));
		return remember(frame, b, part, last, whole);
	}

	/**
	 * Who did the figure's event, when its event is told apart by that ({@code agent:}).
	 */
	private static String agentOf(Binding b) {
		for (String p : b.participants()) {
			if (p.startsWith(ParticipantFinder.AGENT)) {
				return p.substring(ParticipantFinder.AGENT.length());
			}
		}
		return null;
	}

	/** Right after «وليس» that follows the previous figure of the sentence closely. */
	private boolean contradicts(List<Token> tokens, int first, Binding b) {
		if (previousClaim == null || previousClaimSentence != b.sentence()
				|| first - previousClaimLast > CONTRAST_REACH) {
			return false;
		}
		for (int j = first - 1; j > previousLast && j >= first - 2; j--) {
			if (FrameLexicon.has(lexicon.contrastMarkers, tokens.get(j))) {
				return true;
			}
		}
		return false;
	}

	private ClaimFrame remember(ClaimFrame frame, Binding b, boolean part, int last) {
		return remember(frame, b, part, last, false);
	}

	private ClaimFrame remember(ClaimFrame frame, Binding b, boolean part, int last, boolean whole) {
		if (!whole) {
			previousClaim = frame;
			previousClaimLast = last;
			previousClaimSentence = b.sentence();
		}
		previous = frame;
		previousLast = last;
		previousSentence = b.sentence();
		previousWasPart = part;
		return frame;
	}

	private static int firstOf(List<Token> tokens, int offset) {
		int i = ArticleContext.lastBefore(tokens, offset) + 1;
		return Math.min(i, tokens.size());
	}

	/**
	 * The letters glued before the number in its token (بـ12400, و4), normalized; null
	 * when none.
	 */
	private String gluedPrefix(List<Token> tokens, int first, int start) {
		if (first >= tokens.size()) {
			return null;
		}
		Token t = tokens.get(first);
		if (t.start() >= start) {
			return null;
		}
		return ctx.formWithin(t.start(), start);
	}

	private int clauseStart(List<Token> tokens, int first) {
		int j = Math.min(first, tokens.size()) - 1;
		while (j > 0 && !ctx.boundaryBetween(tokens.get(j - 1).end(), tokens.get(j).start())) {
			j--;
		}
		return Math.max(0, j);
	}

	private int clauseEnd(List<Token> tokens, int last) {
		int j = Math.max(0, last);
		while (j + 1 < tokens.size() && !ctx.boundaryBetween(tokens.get(j).end(), tokens.get(j + 1).start())) {
			j++;
		}
		return j;
	}

	/**
	 * Right after «من أصل» or «من مجموع»: the whole a part is counted out of (11 مقعدا من
	 * أصل 40).
	 */
	private boolean isTotal(List<Token> tokens, int first, String glued) {
		return glued == null && first >= 2 && FrameLexicon.has(lexicon.totalMarkers, tokens.get(first - 1))
				&& tokens.get(first - 2).norm().equals(lexicon.from);
	}

	/** Right after a part marker, or joined by و to the part just before it. */
	private boolean isPart(List<Token> tokens, int first, int clauseStart, String glued, Binding b) {
		if (glued == null || glued.isEmpty()) {
			int before = first - 1;
			if (before >= clauseStart && before >= 0 && FrameLexicon.has(lexicon.partMarkers, tokens.get(before))) {
				return true;
			}
			if (before - 1 >= clauseStart && before >= 1 && tokens.get(before).norm().equals(lexicon.between)
					&& FrameLexicon.has(lexicon.partMarkers, tokens.get(before - 1))) {
				return true;
			}
		}
		boolean joined = lexicon.and.equals(glued)
				|| (first - 1 >= 0 && tokens.get(first - 1).norm().equals(lexicon.and));
		return joined && previousWasPart && previousSentence == b.sentence();
	}

	/**
	 * «11 حالة، ثلاث منها»: a count right before a part marker is a part of the count
	 * right before it.
	 */
	private boolean partOfPrevious(List<Token> tokens, int first, int last, Binding b) {
		// only right after it: «مقتل 117 من المقاتلين الذين ... بعد وصول نحو 5 آلاف منهم»
		// counts the fighters, not the dead
		return previous != null && previousSentence == b.sentence() && !previous.measuresNothing()
				&& first - previousLast <= PART_OF_PREVIOUS_REACH && !PERIOD_CLASSES.contains(b.unitClass())
				&& !PERIOD_CLASSES.contains(previous.measure().split("/")[0]) && last + 1 < tokens.size()
				&& FrameLexicon.has(lexicon.partMarkers, tokens.get(last + 1));
	}

	/**
	 * The measure a clause names as a group the figure is among: «بين» then the measure's
	 * word before the figure (بين المفرج عنهم, بين القتلى), or null.
	 */
	private FrameLexicon.Measure amongTerm(List<Token> tokens, int first, int clauseStart) {
		for (int j = Math.max(0, clauseStart); j + 1 < first; j++) {
			if (tokens.get(j).norm().equals(lexicon.between)) {
				FrameLexicon.Measure term = lexicon.term(tokens.get(j + 1));
				if (term != null) {
					return term;
				}
			}
		}
		return null;
	}

	/**
	 * A part of the measure named in the clause (9 في حالة حرجة: critical among the
	 * injured), or null.
	 */
	private String namedPart(String measure, List<Token> tokens, int first, int last, int clauseStart, int clauseEnd) {
		Map<String, Set<String>> parts = lexicon.parts.get(measure);
		if (parts == null) {
			return null;
		}
		int from = Math.max(clauseStart, first - PART_REACH);
		int to = Math.min(clauseEnd, last + PART_REACH_AFTER);
		for (int j = from; j <= to && j < tokens.size(); j++) {
			if (j > last && figureAt(tokens.get(j))) {
				// «87 مصاباً نقل 9 منهم في حالة حرجة»: the part is of the next figure
				break;
			}
			if (j > last + PART_REACH && !partOfClause(tokens, last)) {
				break;
			}
			for (Map.Entry<String, Set<String>> part : parts.entrySet()) {
				if (FrameLexicon.has(part.getValue(), tokens.get(j))) {
					return part.getKey();
				}
			}
		}
		return null;
	}

	/**
	 * «9 من المصابين»: the figure is told as a part of its measure's group, so what
	 * follows says which part.
	 */
	private boolean partOfClause(List<Token> tokens, int last) {
		return last + 1 < tokens.size() && tokens.get(last + 1).norm().equals(lexicon.from);
	}

	/** A head or a term before the number in its own clause. */
	private FrameLexicon.Measure headInClause(List<Token> tokens, int first, int clauseStart, Binding b) {
		FrameLexicon.Measure head = head(tokens, first, b);
		if (head == null) {
			return null;
		}
		for (int j = first - 1; j >= clauseStart && j >= 0; j--) {
			FrameLexicon.Measure here = lexicon.term(tokens.get(j));
			if (here == null && lexicon.isGenericHead(tokens.get(j))) {
				here = j + 1 < first ? lexicon.afterHead(tokens.get(j + 1)) : null;
				here = here != null ? here : lexicon.headDefault(tokens.get(j));
			}
			if (head.equals(here)) {
				return head;
			}
		}
		return null;
	}

	/**
	 * Only a bare number, a share, an amount of money or a person of no group is measured
	 * by a head before it.
	 */
	private boolean takesHead(Binding b, boolean genericPerson) {
		String c = b.unitClass();
		return genericPerson || c == null || c.equals("number") || c.equals("percent") || c.startsWith("money:")
				|| lexicon.sharedUnits.containsKey(b.unit());
	}

	/**
	 * The measure named by a head before the number: a term (التضخم), or a generic head
	 * and its term.
	 */
	private FrameLexicon.Measure head(List<Token> tokens, int first, Binding b) {
		String unitClass = b.unitClass() == null ? "number" : b.unitClass();
		boolean valueLike = unitClass.startsWith("money:") || unitClass.equals("percent");
		int reach = valueLike ? Integer.MAX_VALUE : lexicon.headReach;
		String toldAs = "person".equals(unitClass) ? "number" : unitClass;
		// a generic head and its term first (نسبة الوفيات بين الحالات: the fatality rate,
		// not the cases)
		for (int j = first - 1, n = 0; j >= 0 && n < lexicon.headReach; j--, n++) {
			if (lexicon.isGenericHead(tokens.get(j))) {
				String head = ArabicWords.stripArticle(tokens.get(j).norm());
				FrameLexicon.Measure named = j + 1 < first ? lexicon.afterHead(tokens.get(j + 1)) : null;
				if (named != null && named.toldAs(toldAs)) {
					namedByHead.put(head, named);
					return named;
				}
				FrameLexicon.Measure before = namedByHead.get(head);
				boolean alone = j + 1 >= first || lexicon.term(tokens.get(j + 1)) == null;
				if (alone && !head.equals(tokens.get(j).norm()) && before != null && before.toldAs(toldAs)) {
					// «قالت الوزارة إن النسبة لم تتعد 35%»: the head with the article,
					// alone, is the measure it last named in the article
					return before;
				}
			}
		}
		int from = first - 1;
		for (int j = first - 1; valueLike && j >= 0 && j >= first - lexicon.headReach; j--) {
			if (FrameLexicon.has(lexicon.costVerbs, tokens.get(j))) {
				// دعم الوقود يكلف الموازنة 110 مليارات: the subsidy costs, the budget
				// pays
				from = j - 1;
				break;
			}
		}
		boolean shared = lexicon.sharedUnits.containsKey(b.unit());
		for (int j = from, n = 0; j >= 0 && n < reach; j--, n++) {
			Token t = tokens.get(j);
			FrameLexicon.Measure term = shared ? lexicon.unitTerm(t, b.unit()) : lexicon.term(t);
			// a count of persons is never a magnitude; a figure in degrees or
			// kilometres is only of a measure of things
			if (term != null && term.toldAs(toldAs)
					&& (shared ? term.notPersons() : !(term.notPersons() && "person".equals(unitClass)))) {
				return term;
			}
			FrameLexicon.Measure fallback = lexicon.isGenericHead(t) ? lexicon.headDefault(t) : null;
			if (fallback != null && fallback.toldAs(toldAs)) {
				return fallback;
			}
		}
		return null;
	}

	private String fallback(Binding b) {
		String unitClass = b.unitClass();
		if (unitClass == null || unitClass.equals("number") || unitClass.equals("ordinal")) {
			return ClaimFrame.NOTHING;
		}
		if (unitClass.equals("date")) {
			// dates of one story are one block; which of them tell one event is decided
			// there (FactAligner): the same
			// day is one date whether or not a sentence names its event
			return "date";
		}
		if (unitClass.equals("time")) {
			// the times of day of a story are one block: the same time told twice is one
			// claim (FactAligner)
			return "time";
		}
		if (unitClass.equals("duration")) {
			// what lasted is told by the words around it, not by an event class
			// (ContextClaims)
			return "unit:" + b.unit();
		}
		if (lexicon.measuringClasses.contains(measuredClass(unitClass))) {
			// a rate of a measured quantity (طن يومياً) is that quantity's rate
			return "quantity:" + unitClass;
		}
		return "unit:" + b.unit() + (unitClass.startsWith("money:") ? "/" + unitClass : "");
	}

	/**
	 * An amount of money, a share or a measured quantity: a figure that can follow a
	 * commodity's name.
	 */
	private boolean takesValue(String unitClass) {
		return unitClass != null && (unitClass.startsWith("money:") || unitClass.equals("percent")
				|| lexicon.measuringClasses.contains(measuredClass(unitClass)));
	}

	/** A unit class without the period of a rate: {@code mass} of {@code mass/day}. */
	private static String measuredClass(String unitClass) {
		int cut = unitClass.indexOf('/');
		return cut > 0 && !unitClass.startsWith("money:") ? unitClass.substring(0, cut) : unitClass;
	}

	/**
	 * A number right after the name of a commodity that is no amount is its grade (بنزين
	 * 92): it measures nothing.
	 */
	private boolean afterCommodity(List<Token> tokens, int first, String glued) {
		return glued == null && first >= 1 && first < tokens.size() + 1 && first - 1 < tokens.size()
				&& FrameLexicon.has(lexicon.commodities, tokens.get(first - 1));
	}

	/**
	 * Qualifiers after the number that name a group (مؤكدة, مستقلة, في حالة حرجة), as
	 * light stems.
	 */
	/**
	 * «نستقبل يومياً 60 حالة»: a rate adverb just before the figure qualifies it as it
	 * does after it.
	 */
	private String rateBefore(List<Token> tokens, int first, int clauseStart) {
		for (int j = first - 1; j >= clauseStart && j >= first - RATE_REACH; j--) {
			if (FrameLexicon.has(lexicon.rateAdverbs, tokens.get(j))) {
				return ArabicWords.lightStem(tokens.get(j).stem());
			}
		}
		return null;
	}

	/**
	 * The light stem of the counted noun's first word: a qualifier that is the counted
	 * noun itself says nothing.
	 */
	private static String countedStem(Binding b) {
		if (b.counted() == null || b.counted().isBlank()) {
			return null;
		}
		return ArabicWords.lightStem(ArabicWords.normalize(b.counted().strip().split(" ")[0]));
	}

	private String qualifiers(List<Token> tokens, int from, int clauseEnd, boolean part, String countedStem) {
		Set<String> found = new TreeSet<>();
		int end = Math.min(clauseEnd, from + 3);
		// «من X» after a part names what it is a part of (منها 8300 هكتار من الغطاء
		// الغابي)
		for (int j = from; j <= end && j < tokens.size(); j++) {
			Token t = tokens.get(j);
			for (Map.Entry<List<String>, String> e : lexicon.qualifierEquivalents.entrySet()) {
				if (matches(tokens, j, e.getKey())) {
					found.add(e.getValue());
				}
			}
			if (part && t.norm().equals(lexicon.from) && j + 1 < tokens.size() && j + 1 <= clauseEnd) {
				found.add(lexicon.from + ":" + ArabicWords.lightStem(tokens.get(j + 1).stem()));
				break;
			}
			if (t.isDigits() || words.isNumberWord(t.word()) || FrameLexicon.has(lexicon.partMarkers, t)
					|| (j > from && t.norm().startsWith(lexicon.and)
							&& !lexicon.qualifiers.contains(ArabicWords.lightStem(t.stem())))
					|| j > from && opensAnotherNoun(t)) {
				break;
			}
			String stem = ArabicWords.lightStem(t.stem());
			// «أربعة عسكريين»: the soldiers counted, not military ones among them
			if (lexicon.qualifiers.contains(stem) && !stem.equals(countedStem)) {
				found.add(stem);
			}
			for (List<String> phrase : lexicon.qualifierPhrases) {
				if (matches(tokens, j, phrase) && j + phrase.size() < tokens.size()) {
					found.add(ArabicWords.lightStem(tokens.get(j + phrase.size()).stem()));
				}
			}
			if (part && t.norm().equals(lexicon.from) && j + 1 < tokens.size() && j + 1 <= clauseEnd) {
				found.add(lexicon.from + ":" + ArabicWords.lightStem(tokens.get(j + 1).stem()));
				break;
			}
		}
		return found.isEmpty() ? null : String.join(" ", found);
	}

	/**
	 * A noun behind a preposition after the counted noun (11 مقعداً لقائمة مستقلة): the
	 * qualifiers after it are that noun's (the list is independent, not the seats).
	 */
	private boolean opensAnotherNoun(Token t) {
		String norm = t.norm();
		return norm.length() > MIN_AFTER_PREPOSITION && !lexicon.qualifiers.contains(ArabicWords.lightStem(t.stem()))
				&& ArabicMorphology.get().prepositions.stream()
					.anyMatch(p -> norm.startsWith(ArabicWords.normalize(p)));
	}

	/**
	 * An amount per head or per thing (10 ملايين دينار لكل أسرة): {@code per:} and the
	 * thing.
	 */
	private String per(List<Token> tokens, int from, int clauseEnd) {
		for (int j = from; j <= clauseEnd && j <= from + 3 && j + 1 < tokens.size(); j++) {
			if (FrameLexicon.has(lexicon.perMarkers, tokens.get(j))) {
				return "per:" + perKey(tokens.get(j + 1));
			}
			// «لعائلة كل متوفى»: for each family
			if (tokens.get(j + 1).norm().equals(lexicon.every) && tokens.get(j).norm().startsWith(lexicon.perPrefix)
					&& tokens.get(j).norm().length() > 3) {
				return "per:" + perKey(tokens.get(j));
			}
		}
		return null;
	}

	/**
	 * The token after an aside in brackets right after the figure («عشرة ملايين دينار
	 * (نحو 7600 دولار) لكل أسرة»: the equivalent in another currency), else the token
	 * after the figure. What follows the aside is still the figure's.
	 */
	private int afterAside(List<Token> tokens, int last) {
		if (last + 1 >= tokens.size() || !between(tokens.get(last).end(), tokens.get(last + 1).start(), '(')) {
			return last + 1;
		}
		for (int k = last + 1; k < tokens.size() && k <= last + 1 + MAX_ASIDE; k++) {
			if (k + 1 < tokens.size() && between(tokens.get(k).end(), tokens.get(k + 1).start(), ')')) {
				return k + 1;
			}
		}
		return last + 1;
	}

	private boolean between(int from, int to, char c) {
		return ctx.text.substring(Math.max(0, from), Math.min(to, ctx.text.length())).indexOf(c) >= 0;
	}

	/**
	 * What an amount is per: the unit a noun names (أسرة, عائلة: family), else its light
	 * stem.
	 */
	private String perKey(Token t) {
		QuantityLexicon.Unit unit = words.unit(t.word());
		return unit != null ? unit.key() : ArabicWords.lightStem(t.stem());
	}

	private static boolean matches(List<Token> tokens, int at, List<String> phrase) {
		for (int k = 0; k < phrase.size(); k++) {
			if (at + k >= tokens.size() || !tokens.get(at + k).norm().equals(phrase.get(k))) {
				return false;
			}
		}
		return true;
	}

	private Kind kind(List<Token> tokens, int first, int clauseStart, String glued, String unitClass) {
		for (int j = Math.min(first, tokens.size() - 1); j >= clauseStart && j >= first - 1; j--) {
			if (FrameLexicon.has(lexicon.levelReached, tokens.get(j))) {
				return Kind.COUNT;
			}
		}
		for (int j = first - 1; j >= clauseStart && j >= first - 2; j--) {
			boolean change = FrameLexicon.has(lexicon.change, tokens.get(j))
					|| FrameLexicon.has(lexicon.shareChange, tokens.get(j)) && changeVerbBefore(tokens, j, clauseStart);
			if (change && !figureBetween(tokens.get(j).end(), startOf(tokens, first))) {
				return Kind.CHANGE;
			}
		}
		boolean changeVerb = false;
		// from the figure's own first word: «لن يتجاوز 20 مليارا» is a bound told of the
		// future
		for (int j = Math.min(first, tokens.size() - 1); j >= clauseStart && j >= first - 6; j--) {
			Token t = tokens.get(j);
			// «27 قائمة تضم ألفاً وثمانين مرشحاً على 40 مقعداً»: right after a figure the
			// word is what that figure counts (candidates), not a projection
			if (FrameLexicon.has(lexicon.projection, t) && !(j > 0 && j < first && figureEndsIn(tokens.get(j - 1)))) {
				return Kind.PROJECTION;
			}
			if (FrameLexicon.has(lexicon.may, t) && j + 1 < tokens.size() && imperfect(tokens.get(j + 1).norm())
					&& !pluperfect(tokens, j, clauseStart)) {
				return Kind.PROJECTION;
			}
			changeVerb |= FrameLexicon.has(lexicon.changeVerbs, t);
		}
		// رفع الفائدة 100 نقطة: points after a verb of change are the change, unless
		// «إلى» makes them the level
		boolean points = lexicon.changeUnits.contains(unitClass) && glued == null
				&& (first < 1 || !tokens.get(first - 1).norm().equals(lexicon.to));
		return changeVerb && (lexicon.byPrefix.equals(glued) || points) ? Kind.CHANGE : Kind.COUNT;
	}

	/** A verb or noun of change a few words before {@code at} in its clause. */
	private boolean changeVerbBefore(List<Token> tokens, int at, int clauseStart) {
		int from = clauseStart;
		if (from > 0 && FrameLexicon.has(lexicon.restatementMarkers, tokens.get(from))) {
			// «رفعت سعر الرغيف من 20 إلى 25 قرشا، أي بنسبة 25%»: the clause restated
			from = clauseStart(tokens, from);
		}
		for (int j = at - 1; j >= from && j >= at - CHANGE_VERB_REACH; j--) {
			if (FrameLexicon.has(lexicon.changeVerbs, tokens.get(j)) || FrameLexicon.has(lexicon.change, tokens.get(j))
					|| tokens.get(j).norm().startsWith(lexicon.raiseStem)) {
				return true;
			}
		}
		return false;
	}

	private boolean imperfect(String norm) {
		return !norm.isEmpty() && lexicon.imperfectPrefixes.indexOf(norm.charAt(0)) >= 0
				&& lexicon.perfectEndings.stream().noneMatch(norm::endsWith);
	}

	/** Whether a form of «كان» stands a few words before the «قد» at {@code may}. */
	private boolean pluperfect(List<Token> tokens, int may, int clauseStart) {
		for (int k = may - 1; k >= clauseStart && k >= may - PLUPERFECT_REACH; k--) {
			if (lexicon.pluperfectLeads.contains(tokens.get(k).norm())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param level whether the figure is a level (an amount, a share, a measured
	 * quantity: a temperature holds for the day it is told of), not a count
	 */
	private String time(List<Token> tokens, int first, int last, int clauseStart, int clauseEnd, String glued,
			boolean persons, boolean level) {
		int before = first - 1;
		if (before >= clauseStart && before >= 0) {
			Token t = tokens.get(before);
			if (FrameLexicon.has(lexicon.before, t)) {
				return "before";
			}
			if (t.norm().equals(lexicon.from) && before >= 1
					&& FrameLexicon.has(lexicon.before, tokens.get(before - 1))) {
				return "before";
			}
			if (t.norm().equals(lexicon.from) && risesTo(tokens, first, last, clauseStart, clauseEnd)) {
				return "before";
			}
		}
		// a toll since January (the route's, the year's) is not one event's toll; a
		// count of things since the start of the year is the count so far
		String since = persons ? sinceStartOf(tokens, clauseStart, clauseEnd) : null;
		if (since != null) {
			return since;
		}
		for (int j = last + 1; j <= clauseEnd && j <= last + 5 && j + 1 < tokens.size(); j++) {
			// a figure as of an hour of the day (7,9 بالمائة حتى الساعة الواحدة): an
			// interim figure of its own
			if (FrameLexicon.has(lexicon.hours, tokens.get(j)) && j >= 1
					&& FrameLexicon.has(lexicon.untilHour, tokens.get(j - 1))) {
				return "hour:" + ArabicWords.stripArticle(tokens.get(j + 1).stem());
			}
		}
		for (int j = last + 1; j <= clauseEnd && j <= last + 5 && j < tokens.size(); j++) {
			if (FrameLexicon.has(lexicon.weekdays, tokens.get(j)) && (level || asOf(tokens, j, last))) {
				String day = ArabicWords.stripArticle(tokens.get(j).stem());
				if (!isArticleDay(day)) {
					return "day:" + day;
				}
				// «حتى مساء الأحد» in an article of that Sunday: the figure as of now
				break;
			}
		}
		for (int j = last + 1; j <= clauseEnd && j <= last + 5 && j + 1 < tokens.size(); j++) {
			if (FrameLexicon.has(lexicon.periods, tokens.get(j))
					&& FrameLexicon.has(lexicon.previousPeriod, tokens.get(j + 1))) {
				return "previous-period";
			}
		}
		if (clauseStart < tokens.size() && !saysNow(tokens, clauseStart, clauseEnd)) {
			int from = tokens.get(clauseStart).start();
			int to = tokens.get(Math.min(clauseEnd, tokens.size() - 1)).end();
			for (Mention d : dates) {
				if (d.start() >= from && d.end() <= to && year(d) < latestYear
						&& (d.end() <= tokens.get(Math.min(first, tokens.size() - 1)).start()
								|| d.start() >= tokens.get(Math.max(0, last)).end())
						&& !sinceInClause(tokens, d, clauseStart)) {
					return "year:" + year(d);
				}
			}
			Mention past = pastYearBefore(tokens, clauseStart, clauseEnd);
			if (past != null) {
				return "year:" + year(past);
			}
			Mention fronted = frontedPastDate(tokens, clauseStart);
			if (fronted != null) {
				// «وفي يونيو 2023، غرق قارب وعلى متنه 750 مهاجراً»: the date the
				// sentence opens with is its figures' time
				return "year:" + year(fronted);
			}
			for (Mention d : pastMonths) {
				if (d.start() >= from && d.end() <= to && d.start() >= tokens.get(Math.max(0, last)).end()
						&& pastMonth(tokens, d)) {
					// ثم 86 آخرين في شباط الماضي: the figure of last February, not of now
					return "month:" + d.date().substring(2);
				}
			}
		}
		return null;
	}

	/**
	 * «منذ صيف عام 2021، حين لقي 90 شخصاً حتفهم»: a clause opened by «حين» or holding
	 * «آنذاك» tells of the past year named earlier in its sentence.
	 */
	/** A month told as past (شباط الماضي, الشهر الفائت): its last word says so. */
	private boolean pastMonth(List<Token> tokens, Mention month) {
		int at = ArticleContext.lastBefore(tokens, month.end());
		return at >= 0 && FrameLexicon.has(lexicon.pastMarkers, tokens.get(at));
	}

	/** «كانت السلطات قد أعلنت»: a «قد» within a few words after a form of «كان». */
	private boolean pluperfectFollows(List<Token> tokens, int lead) {
		for (int k = lead + 1; k < tokens.size() && k <= lead + PLUPERFECT_REACH; k++) {
			if (FrameLexicon.has(lexicon.may, tokens.get(k))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the sentence calls its figures provisional (حصيلة أولية). */
	private boolean provisional(List<Token> tokens) {
		return lexicon.provisional.within(tokens, 0, tokens.size() - 1);
	}

	/**
	 * «المدينة وحدها سجلت 4 وفيات»: the part the figure alone is of, named before «وحدها»
	 * in its clause, or null.
	 */
	private String alone(List<Token> tokens, int first, int clauseStart) {
		for (int j = first - 1; j > clauseStart && j >= 1; j--) {
			if (FrameLexicon.has(lexicon.aloneMarkers, tokens.get(j))) {
				return ALONE + ArabicWords.stripArticle(tokens.get(j - 1).stem());
			}
		}
		return null;
	}

	/** The measure named after «في عداد» within a few words after the number, or null. */
	private FrameLexicon.Measure countedAmong(List<Token> tokens, int last, int clauseEnd) {
		for (int j = last + 1; j < clauseEnd && j <= last + COUNTED_AMONG_REACH && j + 1 < tokens.size(); j++) {
			if (FrameLexicon.has(lexicon.countedAmong, tokens.get(j))) {
				return lexicon.term(tokens.get(j + 1));
			}
		}
		return null;
	}

	/**
	 * «منذ بداية العام» in the clause: the span since the start of that period, or null.
	 */
	private String sinceStartOf(List<Token> tokens, int clauseStart, int clauseEnd) {
		for (int j = clauseStart; j + 2 <= clauseEnd && j + 2 < tokens.size(); j++) {
			if (FrameLexicon.has(lexicon.since, tokens.get(j))
					&& FrameLexicon.has(lexicon.periodStarts, tokens.get(j + 1))
					&& FrameLexicon.has(lexicon.periods, tokens.get(j + 2))) {
				return "since-start:" + ArabicWords.stripArticle(tokens.get(j + 2).stem());
			}
		}
		return null;
	}

	/**
	 * A date of a past year in the short clause that opens the sentence (وفي يونيو 2023،
	 * ...), when the figure's clause is a later one; or null.
	 */
	private Mention frontedPastDate(List<Token> tokens, int clauseStart) {
		if (clauseStart == 0 || clauseStart > FRONTED_REACH) {
			return null;
		}
		int to = tokens.get(clauseStart - 1).end();
		int from = tokens.get(0).start();
		for (Mention d : dates) {
			if (d.start() >= from && d.end() <= to && year(d) > 0 && year(d) < latestYear) {
				return d;
			}
		}
		return null;
	}

	/**
	 * Whether the day at {@code j} is told as the day a count holds as of («حتى مساء
	 * الأحد»), not as the day its event happened («ألفي محتج تجمعوا يوم الجمعة», «23 حالة
	 * خلال احتجاجات الجمعة»: the protest's day, which the same count told without it is
	 * of too).
	 */
	private boolean asOf(List<Token> tokens, int j, int last) {
		for (int k = j - 1; k > last && k >= j - 2; k--) {
			if (FrameLexicon.has(lexicon.untilHour, tokens.get(k))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the weekday (folded, without its article) is the article's own day. */
	private boolean isArticleDay(String day) {
		Integer number = lexicon.weekdayNumbers.get(day);
		return articleDay != null && number != null && articleDay.getDayOfWeek().getValue() == number;
	}

	/** Whether the clause says it tells of now (هذه المرة, حاليا). */
	private boolean saysNow(List<Token> tokens, int clauseStart, int clauseEnd) {
		return lexicon.now.within(tokens, clauseStart, Math.min(clauseEnd, tokens.size() - 1));
	}

	private Mention pastYearBefore(List<Token> tokens, int clauseStart, int clauseEnd) {
		boolean linked = false;
		for (int j = clauseStart; j <= clauseEnd && j < tokens.size() && !linked; j++) {
			linked = j < clauseStart + WHEN_REACH && FrameLexicon.has(lexicon.whenLinks, tokens.get(j))
					|| FrameLexicon.has(lexicon.then, tokens.get(j));
		}
		if (!linked) {
			return null;
		}
		int from = tokens.get(0).start();
		int to = tokens.get(clauseStart).start();
		Mention past = null;
		for (Mention d : dates) {
			if (d.start() >= from && d.end() <= to && year(d) > 0 && (year(d) < latestYear || since(tokens, d))) {
				past = d;
			}
		}
		return past;
	}

	/**
	 * «بعد جولتين منذ اندلاع الحرب في أبريل 2023»: a figure counted since a date is of
	 * the time since, not of that year.
	 */
	private boolean sinceInClause(List<Token> tokens, Mention date, int clauseStart) {
		int at = firstOf(tokens, date.start());
		for (int j = at - 1; j >= clauseStart && j >= 0 && j >= at - SINCE_REACH; j--) {
			if (FrameLexicon.has(lexicon.since, tokens.get(j))) {
				return true;
			}
		}
		return false;
	}

	/** «منذ 2021»: a year the story is measured since is before it. */
	private boolean since(List<Token> tokens, Mention date) {
		int at = firstOf(tokens, date.start());
		for (int j = at - 1; j >= 0 && j >= at - 2; j--) {
			if (FrameLexicon.has(lexicon.since, tokens.get(j))) {
				return true;
			}
		}
		return false;
	}

	/** من X إلى Y after a verb of change: X is the value before. */
	private boolean risesTo(List<Token> tokens, int first, int last, int clauseStart, int clauseEnd) {
		boolean to = false;
		for (int j = last + 1; j <= clauseEnd && j <= last + 3 && j < tokens.size(); j++) {
			String norm = tokens.get(j).norm();
			to |= norm.equals(lexicon.to) || norm.startsWith(lexicon.to) && tokens.get(j).isDigits();
		}
		if (!to) {
			return false;
		}
		// the verb may lead a list of changes (ارتفع سعر بنزين 80 من 15,75 إلى 17,25،
		// وبنزين 92 من 17,25 إلى 19)
		for (int j = first - 2; j >= 0 && j >= first - RISE_REACH; j--) {
			if (FrameLexicon.has(lexicon.changeVerbs, tokens.get(j))
					|| tokens.get(j).norm().startsWith(lexicon.raiseStem)) {
				return true;
			}
		}
		return false;
	}

	private String revision(List<Token> tokens, int first, int clauseStart) {
		for (int j = first - 1; j >= clauseStart && j >= 0; j--) {
			Token t = tokens.get(j);
			if (FrameLexicon.has(lexicon.earlier, t) && (!lexicon.pluperfectLeads.contains(t.norm())
					|| pluperfectFollows(tokens, j) || j >= 1 && tokens.get(j - 1).norm().equals(lexicon.that))) {
				// «كان» tells an earlier figure (كانت قد أعلنت, بعد أن كانت الحصيلة
				// 17), not the past of a description (القارب كان يقل 86 شخصاً)
				return ClaimFrame.EARLIER;
			}
			if (FrameLexicon.has(lexicon.later, t)) {
				return ClaimFrame.LATER;
			}
		}
		return null;
	}

	/**
	 * Content words around the number in its clause, as light stems; the number and its
	 * counted noun excluded.
	 */
	private String context(List<Token> tokens, int first, int last, int clauseStart, int clauseEnd) {
		Set<String> stems = new TreeSet<>();
		int from = Math.max(clauseStart, first - CONTEXT_REACH);
		int to = Math.min(clauseEnd, last + 1 + CONTEXT_REACH);
		for (int j = from; j <= to && j < tokens.size(); j++) {
			if (j >= first && j <= last + 1) {
				continue;
			}
			Word w = tokens.get(j).word();
			if (w.isDigits() || w.stem.length() < 3 || words.isCommon(w) || words.isNumberWord(w)
					|| words.prepositions.contains(w.norm)) {
				continue;
			}
			// an event cue is its class: وصل and وصول tell one arrival
			QuantityLexicon.Cue cue = words.cue(w);
			stems.add(cue != null ? "@" + cue.eventClass() : ArabicWords.lightStem(w.stem));
		}
		return stems.isEmpty() ? null : String.join(" ", stems);
	}

	/**
	 * The place a head noun names after the number in its clause (قتل 30 شخصا في مدينة
	 * حلب -> حلب), or null.
	 */
	private String place(List<Token> tokens, int from, int clauseEnd) {
		for (int j = from; j < clauseEnd && j + 1 < tokens.size(); j++) {
			// محافظة الحديدة names a place; «الإقليم» with the article points back to one
			// and names none
			String head = tokens.get(j).norm();
			if (FrameLexicon.has(lexicon.placeHeads, tokens.get(j)) && ArabicWords.stripArticle(head).equals(head)) {
				return ArabicWords.nameKey(tokens.get(j + 1).stem());
			}
		}
		return null;
	}

	/**
	 * The commodity (and its grade) a price or a change belongs to; the side fighters are
	 * with is compared apart.
	 */
	private String subject(List<Token> tokens, int first, int last, Binding b, String measureKey) {
		String unitClass = b.unitClass();
		if ("duration".equals(unitClass)) {
			return durationHead(tokens, first, last);
		}
		String secondary = secondaryEvent(tokens, first);
		if (secondary != null) {
			return secondary;
		}
		if (unitClass == null || !(unitClass.startsWith("money:") || unitClass.equals("percent"))) {
			return null;
		}
		String stance = stance(tokens, first);
		if (stance != null) {
			return stance;
		}
		int from = clauseStart(tokens, first);
		if (from > 0 && from < first && FrameLexicon.has(lexicon.restatementMarkers, tokens.get(from))) {
			// «، أي بنسبة 12,5%»: the clause restated is read too
			from = clauseStart(tokens, from - 1);
		}
		for (int j = first - 1; j >= from; j--) {
			if (FrameLexicon.has(lexicon.commodities, tokens.get(j))) {
				// «أسعار البنزين والسولار بنسبة تصل إلى 10,5%»: a figure told of two
				// commodities at once is of neither alone
				return coordinated(tokens, j, from) ? SEVERAL : commodity(tokens, j, first);
			}
			FrameLexicon.Measure term = lexicon.term(tokens.get(j));
			if (term != null && term.key().equals(measureKey) && !lexicon.commodityMeasure.key().equals(measureKey)) {
				// «الإيداع والإقراض ... وقال إن التضخم 12,5%»: what is named before the
				// measure's own word is not of it
				break;
			}
		}
		int clauseEnd = clauseEnd(tokens, last);
		for (int j = last + 1; j <= clauseEnd && j <= last + SUBJECT_AFTER && j < tokens.size(); j++) {
			if (FrameLexicon.has(lexicon.commodities, tokens.get(j))) {
				return commodity(tokens, j, tokens.size());
			}
		}
		// أما السولار، فقد ارتفع سعره: the topic of the sentence
		if (tokens.size() > 1 && first > 1 && FrameLexicon.has(lexicon.topicMarkers, tokens.get(0))
				&& FrameLexicon.has(lexicon.commodities, tokens.get(1))) {
			return commodity(tokens, 1, first);
		}
		return null;
	}

	/**
	 * The event after the main one that a figure is of (هزة ارتدادية بقوة 4,8 درجات),
	 * named before it in its clause, or in the clause before when this one opens with
	 * «أقواها».
	 */
	private String secondaryEvent(List<Token> tokens, int first) {
		int from = clauseStart(tokens, first);
		if (from >= 1 && from < tokens.size() && FrameLexicon.has(lexicon.ofPrevious, tokens.get(from))) {
			from = clauseStart(tokens, from);
		}
		for (int j = first - 1; j >= from && j >= 0; j--) {
			String event = tokens.get(j).word().firstIn(lexicon.secondaryEvents);
			if (event != null) {
				return event;
			}
		}
		return null;
	}

	/**
	 * The position an amount is of when a party asks for it or puts it forward (يطالب,
	 * عرضت), named before it in its clause, or null.
	 */
	private String stance(List<Token> tokens, int first) {
		for (int j = first - 1, from = clauseStart(tokens, first); j >= from && j >= 0; j--) {
			String stance = tokens.get(j).word().firstIn(lexicon.stances);
			if (stance != null) {
				return stance;
			}
		}
		return null;
	}

	/** Whether the commodity at {@code j} is joined by «و» to one right before it. */
	private boolean coordinated(List<Token> tokens, int j, int from) {
		return j - 1 >= from && tokens.get(j).norm().startsWith(lexicon.and)
				&& FrameLexicon.has(lexicon.commodities, tokens.get(j - 1));
	}

	/** حداد وطني لمدة ثلاثة أيام: what the period in its clause is of, or null. */
	private String durationHead(List<Token> tokens, int first, int last) {
		int from = clauseStart(tokens, first);
		int to = clauseEnd(tokens, last);
		for (int j = from; j <= to && j < tokens.size(); j++) {
			String head = FrameLexicon.form(lexicon.durationHeads, tokens.get(j));
			if (head != null) {
				return ArabicWords.stripArticle(head);
			}
		}
		return null;
	}

	/**
	 * «22,25% و23,25%»: right after the previous figure of the sentence, joined to it by
	 * «و».
	 */
	private boolean joinedToPrevious(List<Token> tokens, int first, String glued, Binding b) {
		if (previous == null || previousSentence != b.sentence()) {
			return false;
		}
		return lexicon.and.equals(glued) && first - previousLast <= 2
				|| first - previousLast == 2 && tokens.get(first - 1).norm().equals(lexicon.and);
	}

	/**
	 * «المستشفى وحده استقبل 900 حالة»: the one institution the clause counts in, or null
	 * (the plural is the whole).
	 */
	/**
	 * A count after a word of holding in its clause (يتسع لـ, الطاقة الاستيعابية ...
	 * البالغة): a capacity. Money, shares, dates and spans are never one.
	 */
	private boolean holds(List<Token> tokens, int first, int clauseStart, Binding b) {
		String unitClass = b.unitClass();
		if (unitClass.startsWith("money:") || unitClass.equals("percent") || PERIOD_CLASSES.contains(unitClass)) {
			return false;
		}
		for (int j = Math.min(first, tokens.size()) - 1; j >= clauseStart && j >= first - lexicon.headReach; j--) {
			if (FrameLexicon.has(lexicon.capacityWords, tokens.get(j))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * «على مستوى الإقليم»: the level of one part of the country a figure holds at, named
	 * in its clause, or null.
	 */
	private String level(List<Token> tokens, int clauseStart, int clauseEnd) {
		for (int j = Math.max(1, clauseStart + 1); j <= clauseEnd && j < tokens.size(); j++) {
			if (FrameLexicon.has(lexicon.placeHeads, tokens.get(j))
					&& FrameLexicon.has(lexicon.levelLeads, tokens.get(j - 1))) {
				return "level:" + ArabicWords.stripArticle(tokens.get(j).stem());
			}
		}
		return null;
	}

	private String institution(List<Token> tokens, int first, int clauseStart) {
		for (int j = Math.min(first, tokens.size()) - 1; j >= clauseStart; j--) {
			if (FrameLexicon.has(lexicon.institutions, tokens.get(j))) {
				return null;
			}
			String one = FrameLexicon.form(lexicon.institution, tokens.get(j));
			if (one != null) {
				return "in:" + ArabicWords.stripArticle(one);
			}
		}
		return null;
	}

	/**
	 * «22,25% و23,25%»: another figure joined by «و» follows within a word or two (its
	 * unit between them).
	 */
	private boolean listFollows(List<Token> tokens, int last) {
		for (int j = last + 1; j <= last + 2 && j < tokens.size(); j++) {
			Token t = tokens.get(j);
			if (t.norm().startsWith(lexicon.and) && (figureAt(t)
					|| j + 1 < tokens.size() && t.norm().equals(lexicon.and) && figureAt(tokens.get(j + 1)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * «عائد الإيداع والإقراض ... إلى 22,25% و23,25% على الترتيب»: the n-th figure of a
	 * list followed by «على الترتيب» is of the n-th of the things joined by «و» before
	 * the list; null when the clause says nothing of the kind.
	 */
	private String respective(List<Token> tokens, int last, int clauseStart, int clauseEnd) {
		boolean respectively = false;
		for (int j = last + 1; j < clauseEnd && j + 1 < tokens.size() && !respectively; j++) {
			respectively = tokens.get(j).norm().equals(lexicon.respectivelyHead)
					&& FrameLexicon.has(lexicon.respectively, tokens.get(j + 1));
		}
		if (!respectively) {
			return null;
		}
		int end = -1;
		for (int j = listStart - 1; j >= clauseStart && end < 0; j--) {
			if (FrameLexicon.has(lexicon.commodities, tokens.get(j))) {
				end = j;
			}
		}
		if (end < 0) {
			return null;
		}
		int start = end;
		while (start - 1 >= clauseStart && FrameLexicon.has(lexicon.commodities, tokens.get(start - 1))) {
			start--;
		}
		int at = start + listIndex;
		return at <= end ? commodity(tokens, at, listStart) : null;
	}

	/**
	 * The commodity at token {@code j} with its grade when a number follows it (بنزين
	 * 95).
	 */
	private String commodity(List<Token> tokens, int j, int before) {
		String commodity = ArabicWords.stripArticle(FrameLexicon.form(lexicon.commodities, tokens.get(j)));
		if (j + 1 < before && tokens.get(j + 1).norm().chars().allMatch(Character::isDigit)) {
			commodity += " " + tokens.get(j + 1).norm();
		}
		return commodity;
	}

	/**
	 * The year of a date mention ({@code 2021}, {@code 2021-08}), or 0 for a date without
	 * one.
	 */
	static int year(Mention m) {
		String iso = m.date();
		if (iso == null || iso.length() < 4 || iso.startsWith("-")) {
			return 0;
		}
		try {
			return Integer.parseInt(iso.substring(0, 4));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
