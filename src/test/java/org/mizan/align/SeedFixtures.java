package org.mizan.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.mizan.extract.Approx;
import org.mizan.extract.Mention;
import org.mizan.extract.MentionKind;
import org.mizan.text.TextSpan;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The seed corpus as a test sees it: texts, naive sentences, and the mentions a
 * recognizer would find (every gold fact, located with indexOf, plus every other
 * standalone digit sequence).
 */
final class SeedFixtures {

	record GoldFact(String id, String article, String surface, JsonNode value, boolean approx, String source) {
	}

	record Article(String name, String prefix, String text, List<TextSpan> sentences, List<Mention> mentions,
			List<String> factIds) {
	}

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟\\n]+");

	private static final Pattern DIGITS = Pattern.compile("(?<!\\d)\\d+(?!\\d)");

	private SeedFixtures() {
	}

	static List<GoldFact> gold() {
		JsonNode root = new ObjectMapper().readTree(Path.of("src/test/resources/acceptance/seeds.json").toFile());
		List<GoldFact> facts = new ArrayList<>();
		for (JsonNode f : root.get("facts")) {
			facts.add(new GoldFact(f.get("id").asString(), f.get("article").asString(), f.get("surface").asString(),
					f.get("value"), f.has("approx") && f.get("approx").asBoolean(),
					f.get("source").isNull() ? null : f.get("source").asString()));
		}
		return facts;
	}

	static List<TextSpan> sentences(String text) {
		List<TextSpan> spans = new ArrayList<>();
		Matcher m = SENTENCE_END.matcher(text);
		int start = 0;
		while (m.find()) {
			if (m.end() > start) {
				spans.add(new TextSpan(start, m.end()));
			}
			start = m.end();
		}
		if (start < text.length()) {
			spans.add(new TextSpan(start, text.length()));
		}
		return spans;
	}

	static List<Article> articles() {
		List<GoldFact> gold = gold();
		List<Article> out = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			for (Path p : files.sorted().toList()) {
				String text = Files.readString(p, StandardCharsets.UTF_8);
				String prefix = p.getFileName().toString().substring(0, 3);
				List<Mention> mentions = new ArrayList<>();
				List<String> ids = new ArrayList<>();
				for (GoldFact f : gold) {
					if (f.article().equals(prefix)) {
						int at = text.indexOf(f.surface());
						mentions.add(mention(f, at));
						ids.add(f.id());
					}
				}
				Matcher d = DIGITS.matcher(text);
				while (d.find()) {
					int s = d.start();
					if (mentions.stream().noneMatch(m -> m.start() <= s && s < m.end())) {
						mentions.add(number(d.group(), s));
						ids.add(null);
					}
				}
				List<Integer> order = new ArrayList<>();
				for (int i = 0; i < mentions.size(); i++) {
					order.add(i);
				}
				order.sort(Comparator.comparingInt(i -> mentions.get(i).start()));
				out.add(new Article(p.getFileName().toString(), prefix, text, sentences(text),
						order.stream().map(mentions::get).toList(), order.stream().map(ids::get).toList()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	private static Mention number(String digits, int at) {
		double v = Double.parseDouble(digits);
		boolean year = digits.length() == 4 && v >= 1900 && v <= 2100;
		return year
				? new Mention(digits, at, at + digits.length(), MentionKind.DATE, null, null, null, null, null, digits)
				: new Mention(digits, at, at + digits.length(), MentionKind.NUMBER, v, v, v, null, null, null);
	}

	private static Mention mention(GoldFact f, int at) {
		if (at < 0) {
			throw new IllegalStateException("surface not found: " + f);
		}
		int end = at + f.surface().length();
		JsonNode v = f.value();
		Approx approx = f.approx() ? Approx.ABOUT : null;
		if (v.isString()) {
			return new Mention(f.surface(), at, end, MentionKind.DATE, null, null, null, null, null, v.asString());
		}
		if (v.isArray()) {
			double lo = v.get(0).asDouble();
			double hi = v.get(1).asDouble();
			String unit = f.surface().contains("دولار") ? "USD" : null;
			return new Mention(f.surface(), at, end, unit == null ? MentionKind.RANGE : MentionKind.MONEY, null, lo, hi,
					Approx.RANGE, unit, null);
		}
		double x = v.asDouble();
		String unit = f.surface().contains("يورو") ? "EUR" : null;
		MentionKind kind = unit != null ? MentionKind.MONEY
				: f.surface().contains("أضعاف") ? MentionKind.MULTIPLIER : MentionKind.NUMBER;
		return new Mention(f.surface(), at, end, kind, x, x, x, approx, unit, null);
	}

}
