package org.mizan.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.text.ArabicMorphology;
import org.mizan.text.Lexicons;

/**
 * The cues of {@code lexicon/boilerplate.yml}, read as a page line is
 * ({@link PageLine#normalize}), and line tests on them.
 */
final class BoilerplateCues {

	private static final String BREADCRUMB_SEPARATORS = "»›>|/";

	private static volatile BoilerplateCues loaded;

	private final Map<String, Object> source;

	private final Map<String, Object> limits;

	private final Set<String> daysAndMonths;

	private final Set<String> dateTokens;

	private final Set<String> sectionTokens;

	private final Set<String> shareTokens;

	final List<String> published;

	final List<String> editor;

	final List<String> labels;

	final List<String> linkPrefixes;

	final List<String> previousNext;

	final List<String> blockHeaders;

	final List<String> linePrefixes;

	final List<String> shortLineContains;

	final List<String> captions;

	final List<String> sharePrefixes;

	private final Set<String> counterTokens;

	/** The conjunction and the article a cue word may carry, normalized. */
	private final String conjunction;

	private final String article;

	/** Besides digits, the marks a number-only line may hold, as written. */
	final String numberLineMarks;

	@SuppressWarnings("unchecked")
	BoilerplateCues(Map<String, Object> lexicon) {
		this.source = lexicon;
		this.limits = (Map<String, Object>) lexicon.get("limits");
		this.daysAndMonths = tokensOf(list(lexicon, "weekdays"));
		Set<String> months = tokensOf(list(lexicon, "months"));
		this.dateTokens = new HashSet<>(months);
		this.dateTokens.addAll(daysAndMonths);
		this.dateTokens.addAll(tokensOf(list(lexicon, "date_words")));
		this.daysAndMonths.addAll(months);
		this.sectionTokens = tokensOf(list(lexicon, "sections"));
		this.shareTokens = tokensOf(list(lexicon, "share_words"));
		this.published = list(lexicon, "published");
		this.editor = list(lexicon, "editor");
		this.labels = list(lexicon, "labels");
		this.linkPrefixes = list(lexicon, "link_prefixes");
		this.previousNext = list(lexicon, "previous_next");
		this.blockHeaders = list(lexicon, "block_headers");
		this.linePrefixes = list(lexicon, "line_prefixes");
		this.shortLineContains = list(lexicon, "short_line_contains");
		this.captions = list(lexicon, "captions");
		this.sharePrefixes = list(lexicon, "share_prefixes");
		this.counterTokens = tokensOf(list(lexicon, "counters"));
		this.conjunction = PageLine.normalize(ArabicMorphology.get().and);
		this.article = PageLine.normalize(ArabicMorphology.get().article);
		this.numberLineMarks = string(lexicon, "number_line_marks");
	}

	/**
	 * The cues of the loaded lexicon, one instance per loaded lexicon (so boilerplate
	 * found once can be reused).
	 */
	static BoilerplateCues load() {
		Map<String, Object> lexicon = Lexicons.load("boilerplate");
		BoilerplateCues cues = loaded;
		if (cues == null || cues.source != lexicon) {
			cues = new BoilerplateCues(lexicon);
			loaded = cues;
		}
		return cues;
	}

	int limit(String name) {
		Object value = limits.get(name);
		if (!(value instanceof Number number)) {
			throw new IllegalStateException("boilerplate.yml: limits." + name + " must be a number");
		}
		return number.intValue();
	}

	boolean startsWithAny(PageLine line, List<String> cues) {
		return cues.stream().anyMatch(cue -> startsWith(line.normalized(), cue));
	}

	/** The line is one of the cues, give or take punctuation around it. */
	boolean isOnly(PageLine line, List<String> cues) {
		return cues.stream()
			.anyMatch(cue -> startsWith(line.normalized(), cue)
					&& line.wordsIn(cue.length(), line.normalized().length()) == 0
					&& PageLine.wordCount(cue) == line.size());
	}

	/** The cue, a separator, then a short name ("رئيس التحرير: فلان الفلاني"). */
	boolean isCueThenName(PageLine line, List<String> cues, int maxNameTokens) {
		String text = line.normalized();
		return cues.stream().anyMatch(cue -> {
			if (!startsWith(text, cue)) {
				return false;
			}
			String rest = text.substring(cue.length()).strip();
			return !rest.isEmpty() && ":|-–".indexOf(rest.charAt(0)) >= 0
					&& line.wordsIn(cue.length(), text.length()) <= maxNameTokens;
		});
	}

	boolean containsAny(PageLine line, List<String> cues) {
		return cues.stream().anyMatch(line.normalized()::contains);
	}

	/**
	 * Mostly a date: a weekday or month, a number, and little else ("الأربعاء 12 مارس
	 * 2025 الموافق 12 رمضان 1446").
	 */
	boolean isDateLine(PageLine line) {
		if (line.size() == 0 || line.size() > limit("date_line_tokens") || !line.hasNumber()) {
			return false;
		}
		boolean named = line.tokens().stream().anyMatch(daysAndMonths::contains);
		long other = line.tokens().stream().filter(t -> !PageLine.isNumber(t) && !dateTokens.contains(t)).count();
		return named && other <= limit("date_line_other_tokens") && other * 4 <= line.size();
	}

	/**
	 * Only category words, or a breadcrumb of them ("عرب وعالم", "الرئيسية » أخبار »
	 * سياسة").
	 */
	boolean isSectionLine(PageLine line) {
		boolean breadcrumb = line.normalized().chars().anyMatch(c -> BREADCRUMB_SEPARATORS.indexOf(c) >= 0);
		int max = limit("section_line_tokens") * (breadcrumb ? 2 : 1);
		return line.size() > 0 && line.size() <= max && !line.hasNumber()
				&& line.tokens().stream().allMatch(t -> isWordOf(t, sectionTokens));
	}

	/**
	 * Short fields joined by a separator ("وكالة X | المدينة | 11-08-2025 | 18:25",
	 * "فيديو | المدة: 02:47"): a masthead, a stamp or a widget row; prose never joins its
	 * clauses with «|».
	 */
	boolean isFieldLine(PageLine line) {
		String text = line.normalized();
		if (text.indexOf('|') < 0 || line.size() > limit("field_line_tokens")) {
			return false;
		}
		return mostWordsBetween(line, "|") <= limit("field_tokens");
	}

	/**
	 * A breadcrumb of short steps ("الرئيسية » محلي » بجاية"); a «quoted» name uses »
	 * too, so none may open.
	 */
	boolean isBreadcrumb(PageLine line) {
		String text = line.normalized();
		long steps = text.chars().filter(c -> c == '»' || c == '›' || c == '>').count();
		if (steps < 2 || text.indexOf('«') >= 0 || line.hasNumber()) {
			return false;
		}
		return mostWordsBetween(line, "»›>") <= limit("section_line_tokens");
	}

	/** A wire code: a short line of initials and a number ("(وكالة X) ع.ب/س.م 1825"). */
	boolean isWireCode(PageLine line) {
		if (!line.hasNumber() || line.normalized().indexOf('/') < 0) {
			return false;
		}
		long initials = line.tokens().stream().filter(t -> t.length() == 1 && Character.isLetter(t.charAt(0))).count();
		return line.size() - initials <= limit("short_line_tokens") && initials >= limit("wire_code_initials");
	}

	/**
	 * A label, a colon and a phone number ("هاتف التحرير: 00967-3-212458", "للاتصال:
	 * 026.21.45.78").
	 */
	boolean isContactLine(PageLine line) {
		String text = line.normalized();
		int colon = text.lastIndexOf(':');
		if (colon < 0 || line.size() > limit("share_line_tokens")) {
			return false;
		}
		String value = text.substring(colon + 1);
		long digits = value.chars().filter(Character::isDigit).count();
		return digits >= limit("phone_digits")
				&& value.chars().allMatch(c -> Character.isDigit(c) || " +-.()/".indexOf(c) >= 0);
	}

	/**
	 * A widget's counter at the top or bottom ("عدد المشاهدات: 4.870", "مدة القراءة: 3
	 * دقائق", "التعليقات (12)").
	 */
	boolean isCounterLine(PageLine line) {
		return line.size() <= limit("counter_line_tokens") && line.hasNumber()
				&& line.tokens().stream().anyMatch(t -> isWordOf(t, counterTokens));
	}

	/** Only sharing words ("فيسبوك تويتر واتساب طباعة"). */
	boolean isShareLine(PageLine line) {
		return line.size() > 0 && line.size() <= limit("share_line_tokens")
				&& line.tokens().stream().allMatch(t -> isWordOf(t, shareTokens));
	}

	/** The most words that one piece of the line holds between two separators. */
	private static int mostWordsBetween(PageLine line, String separators) {
		String text = line.normalized();
		int most = 0;
		int from = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || separators.indexOf(text.charAt(i)) >= 0) {
				most = Math.max(most, line.wordsIn(from, i));
				from = i + 1;
			}
		}
		return most;
	}

	private boolean isWordOf(String token, Set<String> words) {
		if (words.contains(token)) {
			return true;
		}
		String bare = token.startsWith(conjunction) ? token.substring(conjunction.length()) : token;
		return words.contains(bare) || (bare.startsWith(article) && words.contains(bare.substring(article.length())))
				|| words.contains(article + bare);
	}

	private static boolean startsWith(String normalized, String cue) {
		return normalized.startsWith(cue)
				&& (normalized.length() == cue.length() || !Character.isLetterOrDigit(normalized.charAt(cue.length())));
	}

	private static String string(Map<String, Object> lexicon, String key) {
		Object value = lexicon.get(key);
		if (!(value instanceof String text) || text.isEmpty()) {
			throw new IllegalStateException("boilerplate.yml: " + key + " must be a non-empty string");
		}
		return text;
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(Map<String, Object> lexicon, String key) {
		Object value = lexicon.get(key);
		if (!(value instanceof List<?> items)) {
			throw new IllegalStateException("boilerplate.yml: " + key + " must be a list");
		}
		return ((List<Object>) items).stream().map(item -> PageLine.normalize(String.valueOf(item))).toList();
	}

	private static Set<String> tokensOf(List<String> cues) {
		Set<String> tokens = new HashSet<>();
		cues.forEach(cue -> tokens.addAll(PageLine.words(cue)));
		return tokens;
	}

}
