package org.mizan.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.extract.date.DateRecognizer;
import org.mizan.extract.date.TimesOfDay;
import org.mizan.extract.number.Found;
import org.mizan.extract.number.LexiconWords;
import org.mizan.extract.number.NumberRecognizer;
import org.mizan.extract.number.Token;
import org.mizan.extract.number.NumberTokens;
import org.mizan.text.ArticleTokens;
import org.mizan.text.NormalizedText;

/**
 * Finds every number, range, percentage, amount, date, ordinal and multiplier in a text.
 * Offsets are into the text as given (the recognizer normalizes internally and maps
 * back). Mentions come in text order and never overlap. Thread-safe; built once per
 * extractor: the lexicons are parsed once per JVM, but gathering the words that may start
 * a mention ({@link LexiconWords}) takes some 15 ms.
 */
public class MentionRecognizer {

	private final DateRecognizer dates;

	private final NumberRecognizer numbers;

	private final TimesOfDay times;

	/** Where a mention may start; null asks the recognizers at every token. */
	private final LexiconWords starts;

	public MentionRecognizer() {
		this(new DateRecognizer(), new NumberRecognizer());
	}

	MentionRecognizer(DateRecognizer dates, NumberRecognizer numbers) {
		this(dates, numbers, true);
	}

	/**
	 * @param gated whether word tokens outside the lexicons are passed over without
	 * asking the recognizers (false only to test that the gate changes nothing)
	 */
	MentionRecognizer(DateRecognizer dates, NumberRecognizer numbers, boolean gated) {
		this.dates = dates;
		this.numbers = numbers;
		this.times = new TimesOfDay();
		this.starts = gated ? LexiconWords.of(dates, numbers, this.times) : null;
	}

	public List<Mention> recognize(String text) {
		ArticleTokens tokens = ArticleTokens.read(text);
		return recognize(text, tokens.normalized(), NumberTokens.of(tokens));
	}

	/** The mentions of an article as read once: its normalized text and tokens. */
	public List<Mention> recognize(ArticleReading reading) {
		return recognize(reading.text(), reading.normalized(), reading.numberTokens());
	}

	private List<Mention> recognize(String text, NormalizedText normalized, List<Token> tokens) {
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			Token tok = tokens.get(i);
			if (tok.is(Token.Type.NEWLINE) || tok.is(Token.Type.SYM) && tok.text().charAt(0) != '$'
					&& tok.text().charAt(0) != '€' && tok.text().charAt(0) != '£' && tok.text().charAt(0) != '<'
					&& tok.text().charAt(0) != '>') {
				i++;
				continue;
			}
			if (this.starts != null && !this.starts.mayStart(tok)) {
				i++;
				continue;
			}
			Found f = this.times.match(tokens, i);
			if (f == null) {
				f = this.dates.match(tokens, i);
			}
			if (f == null) {
				f = this.numbers.match(tokens, i);
			}
			if (f == null) {
				i++;
				continue;
			}
			if (!f.isSkip()) {
				mentions.add(toMention(text, normalized, f));
			}
			i = Math.max(i + 1, f.endToken());
		}
		return mentions;
	}

	private static Mention toMention(String text, NormalizedText normalized, Found f) {
		int start = normalized.originalOffset(f.startChar());
		int end = normalized.originalEnd(f.endChar());
		return new Mention(text.substring(start, end), start, end, f.kind(), f.value(), f.low(), f.high(), f.approx(),
				f.unit(), f.date());
	}

}
