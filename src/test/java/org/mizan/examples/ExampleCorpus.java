package org.mizan.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.Yaml;

/**
 * Reads every example corpus under {@code src/test/resources/examples}, Duckling style:
 * one notation, one reader, and a malformed example fails the test that loads it instead
 * of being skipped.
 *
 * <p>
 * The notation of a {@code .txt} corpus:
 * <ul>
 * <li>{@code #} starts a comment line; blank lines separate nothing but are ignored
 * (outside a block).</li>
 * <li>A line example is {@code input ⟶ expected}, with exactly one arrow {@code ⟶} and
 * both sides non-empty. A {@code \n} in the input is a line break.</li>
 * <li>The expected side lists its fields separated by {@code |}
 * ({@link Example#fields(int)}), a list inside a field separated by {@code ;}, and
 * {@code -} for none.</li>
 * <li>In the input, the span an example asks about is marked {@code [span]} or
 * {@code [span|options]}, the options a bare word (a kind) or {@code key=value,...}
 * ({@link Marked}).</li>
 * <li>A block example (a page, several articles) starts with {@code === name}; its body
 * is every line up to the next {@code ===}, blank lines included, each line in the
 * block's own notation described at the top of the corpus.</li>
 * </ul>
 * A {@code .yml} corpus (a multi-article corpus whose expectations are structured) is a
 * list of maps, each with a {@code name}: each map is one example, its
 * {@link Example#data()}. {@link #loadYaml(String, YamlNotation)} reads such a corpus
 * whole, as {@link YamlCase}s:
 * <ul>
 * <li>A case is a map of {@code name}, {@code articles} and {@code expect}, no other
 * key.</li>
 * <li>{@code articles} maps an article's name to its text, or to a map of {@code text},
 * an optional {@code source} and an optional {@code copyOf} (the name of another article
 * of the case). The text's marks are read as in a {@code .txt} corpus ({@link Marked}):
 * {@code [span]} or {@code [span|key=value,...]}, each key one the corpus allows
 * ({@link YamlNotation#markKeys()}), each once, with a value.</li>
 * <li>{@code expect} lists maps, each of one kind: {@code together: [facts]} (one
 * finding, with {@code status: NAME} when given), {@code apart: [fact, fact]} (not one
 * finding), {@code narrated: fact} (stated as fact, without source or hedge),
 * {@code no-row: fact} (nothing is added for it); the corpus allows some of these keys
 * ({@link YamlNotation#expectKeys()}).</li>
 * <li>A fact is named {@code article#n}, the n-th mark of the article from 1
 * ({@link FactNames#MARKS}), or {@code article: words}, what the article says in words
 * its text contains ({@link FactNames#WORDS}).</li>
 * </ul>
 * A case that breaks any of these fails the load, naming the file, the case and why.
 */
public final class ExampleCorpus {

	public static final String ARROW = "⟶";

	private static final Path ROOT = Path.of("src/test/resources/examples");

	private ExampleCorpus() {
	}

	/**
	 * One example: where it is, its name (the input of a line example), its input (the
	 * body lines of a block) and its expected side (null for a block or a YAML case), or
	 * its YAML map.
	 */
	public record Example(String file, int line, String name, List<String> lines, String expected,
			Map<String, Object> data) {

		/**
		 * The input: the line of a line example, the body of a block joined by line
		 * breaks.
		 */
		public String input() {
			return String.join("\n", lines);
		}

		/**
		 * The fields of the expected side, stripped; fails unless there are exactly
		 * {@code count}.
		 */
		public List<String> fields(int count) {
			List<String> fields = fields();
			if (fields.size() != count) {
				throw new AssertionError(this + ": expected " + count + " fields separated by |, got " + fields.size()
						+ ": " + expected);
			}
			return fields;
		}

		/** The fields of the expected side, stripped. */
		public List<String> fields() {
			List<String> out = new ArrayList<>();
			for (String f : expected.split("\\|", -1)) {
				out.add(f.strip());
			}
			return out;
		}

		/** The input with its marks read. */
		public Marked marked() {
			return Marked.parse(this, input());
		}

		@Override
		public String toString() {
			return file + (data.isEmpty() ? ":" : "#") + line + " " + name.replace("\n", " / ");
		}

	}

	/**
	 * An input with its marked spans: the text without the brackets and each mark's span
	 * in it.
	 */
	public record Marked(String text, List<Mark> marks) {

		static Marked parse(Example where, String input) {
			StringBuilder text = new StringBuilder();
			List<Mark> marks = new ArrayList<>();
			int i = 0;
			while (i < input.length()) {
				char c = input.charAt(i);
				if (c == ']') {
					throw new IllegalStateException(where + ": ']' without '['");
				}
				if (c != '[') {
					text.append(c);
					i++;
					continue;
				}
				int close = input.indexOf(']', i + 1);
				int nested = input.indexOf('[', i + 1);
				if (close < 0 || nested >= 0 && nested < close) {
					throw new IllegalStateException(where + ": '[' at " + i + " is not closed by ']'");
				}
				String inside = input.substring(i + 1, close);
				int bar = inside.indexOf('|');
				String surface = bar < 0 ? inside : inside.substring(0, bar);
				if (surface.isEmpty()) {
					throw new IllegalStateException(where + ": an empty mark []");
				}
				int start = text.length();
				text.append(surface);
				marks.add(new Mark(start, text.length(), surface, bar < 0 ? null : inside.substring(bar + 1).strip()));
				i = close + 1;
			}
			return new Marked(text.toString(), List.copyOf(marks));
		}

		/**
		 * The one mark of an example that marks one span; fails unless there is exactly
		 * one.
		 */
		public Mark only() {
			if (marks.size() != 1) {
				throw new AssertionError("expected one [mark], got " + marks.size() + " in " + text);
			}
			return marks.get(0);
		}

	}

	/** A marked span: {@code [surface]} or {@code [surface|options]}. */
	public record Mark(int start, int end, String surface, String options) {

		/**
		 * The options as {@code key=value} pairs separated by commas (empty without
		 * options).
		 */
		public Map<String, String> keyValues() {
			Map<String, String> out = new LinkedHashMap<>();
			if (options != null && !options.isEmpty()) {
				for (String kv : options.split(",")) {
					String[] p = kv.split("=", 2);
					if (p.length != 2) {
						throw new IllegalStateException("[" + surface + "|" + options + "]: not key=value: " + kv);
					}
					out.put(p[0].strip(), p[1].strip());
				}
			}
			return out;
		}

	}

	/**
	 * A field that lists: its items separated by {@code ;}, stripped, and {@code -} for
	 * none (an empty list); fails on an empty item.
	 */
	public static List<String> list(String field) {
		if (field.strip().equals("-")) {
			return List.of();
		}
		List<String> items = new ArrayList<>();
		for (String item : field.split(";", -1)) {
			if (item.isBlank()) {
				throw new IllegalStateException("an empty item in the list: " + field);
			}
			items.add(item.strip());
		}
		return items;
	}

	/** Every example of a corpus under {@code src/test/resources/examples}. */
	public static List<Example> load(String file) {
		try {
			if (file.endsWith(".yml")) {
				try (InputStream in = Files.newInputStream(ROOT.resolve(file))) {
					return yaml(file, new Yaml().load(in));
				}
			}
			return parse(file, Files.readAllLines(ROOT.resolve(file), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The examples of the lines of a {@code .txt} corpus; a malformed line fails. */
	public static List<Example> parse(String file, List<String> lines) {
		List<Example> examples = new ArrayList<>();
		String block = null;
		int blockLine = 0;
		List<String> body = null;
		for (int n = 1; n <= lines.size(); n++) {
			String raw = lines.get(n - 1);
			if (raw.startsWith("#")) {
				continue;
			}
			if (raw.startsWith("===")) {
				if (block != null) {
					examples.add(block(file, blockLine, block, body));
				}
				block = raw.substring(3).strip();
				if (block.isEmpty()) {
					throw new IllegalStateException(file + ":" + n + ": a block without a name (=== name)");
				}
				blockLine = n;
				body = new ArrayList<>();
				continue;
			}
			if (block != null) {
				body.add(raw);
				continue;
			}
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			int arrow = line.indexOf(ARROW);
			if (arrow < 0) {
				throw new IllegalStateException(
						file + ":" + n + ": no " + ARROW + " (an example is: input " + ARROW + " expected): " + line);
			}
			if (line.indexOf(ARROW, arrow + 1) >= 0) {
				throw new IllegalStateException(file + ":" + n + ": more than one " + ARROW + ": " + line);
			}
			String input = line.substring(0, arrow).strip().replace("\\n", "\n");
			String expected = line.substring(arrow + ARROW.length()).strip();
			if (input.isEmpty() || expected.isEmpty()) {
				throw new IllegalStateException(file + ":" + n + ": an empty side of " + ARROW + ": " + line);
			}
			examples.add(new Example(file, n, input, List.of(input), expected, Map.of()));
		}
		if (block != null) {
			examples.add(block(file, blockLine, block, body));
		}
		if (examples.isEmpty()) {
			throw new IllegalStateException(file + ": no example");
		}
		return examples;
	}

	private static Example block(String file, int line, String name, List<String> body) {
		if (body.stream().allMatch(String::isBlank)) {
			throw new IllegalStateException(file + ":" + line + ": an empty block: " + name);
		}
		return new Example(file, line, name, List.copyOf(body), null, Map.of());
	}

	/** The kinds of a YAML expectation: each expectation has exactly one. */
	private static final List<String> EXPECT_KINDS = List.of("together", "apart", "narrated", "no-row");

	/** How the expectations of a multi-article YAML corpus name a fact. */
	public enum FactNames {

		/** {@code article#n}: the n-th mark of the article's text, from 1. */
		MARKS,

		/**
		 * {@code article: words}: what the article says in these words, which its text
		 * must contain.
		 */
		WORDS

	}

	/**
	 * What a multi-article YAML corpus may say: the option keys of its marks, the keys of
	 * its expectations (among {@code together}, {@code status}, {@code apart},
	 * {@code narrated}, {@code no-row}) and how they name a fact.
	 */
	public record YamlNotation(Set<String> markKeys, Set<String> expectKeys, FactNames names) {

		public YamlNotation {
			markKeys = Set.copyOf(markKeys);
			expectKeys = Set.copyOf(expectKeys);
		}

	}

	/**
	 * A case of a multi-article YAML corpus: where it is (its index in the file, from 1),
	 * its name, its articles in the order written and its expectations.
	 */
	public record YamlCase(String file, int index, String name, Map<String, Article> articles, List<Expect> expect) {

		@Override
		public String toString() {
			return file + "#" + index + " " + name;
		}

	}

	/**
	 * An article of a YAML case: its name, its source (null: its own authority), the
	 * article it is a copy of (null: none) and its text with the marks read.
	 */
	public record Article(String name, String source, String copyOf, Marked text) {

	}

	/**
	 * An expectation of a YAML case: its kind ({@code together}, {@code apart},
	 * {@code narrated} or {@code no-row}), the facts it names, and the status of a
	 * {@code together} (null when not given).
	 */
	public record Expect(String kind, List<FactName> facts, String status) {

	}

	/**
	 * A fact an expectation names, as written ({@code a#2}, {@code a: words}): its
	 * article, and its mark (from 1) or its words (the other 0 or null).
	 */
	public record FactName(String name, String article, int mark, String words) {

		@Override
		public String toString() {
			return name;
		}

	}

	/** Every case of a multi-article YAML corpus; a malformed case fails. */
	public static List<YamlCase> loadYaml(String file, YamlNotation notation) {
		return cases(load(file), notation);
	}

	/** The cases of a multi-article YAML corpus given as text; a malformed case fails. */
	public static List<YamlCase> parseYaml(String file, String text, YamlNotation notation) {
		return cases(yaml(file, new Yaml().load(text)), notation);
	}

	private static List<YamlCase> cases(List<Example> examples, YamlNotation notation) {
		return examples.stream().map(e -> yamlCase(e, notation)).toList();
	}

	@SuppressWarnings("unchecked")
	private static YamlCase yamlCase(Example example, YamlNotation notation) {
		Map<String, Object> data = example.data();
		for (String key : data.keySet()) {
			if (!List.of("name", "articles", "expect").contains(key)) {
				throw fail(example, "an unknown key " + key + " (a case has name, articles, expect)");
			}
		}
		if (!(data.get("articles") instanceof Map<?, ?> written) || written.isEmpty()) {
			throw fail(example, "no articles (a map of article names)");
		}
		Map<String, Article> articles = new LinkedHashMap<>();
		written.forEach((name, article) -> {
			if (!(name instanceof String n)) {
				throw fail(example, "an article name that is not text: " + name);
			}
			articles.put(n, article(example, n, article, notation));
		});
		for (Article a : articles.values()) {
			if (a.copyOf() != null && (!articles.containsKey(a.copyOf()) || a.copyOf().equals(a.name()))) {
				throw fail(example, "article " + a.name() + " is a copy of " + a.copyOf() + ", no other article");
			}
		}
		if (!(data.get("expect") instanceof List<?> expects) || expects.isEmpty()) {
			throw fail(example, "expect is not a list of expectations");
		}
		List<Expect> expect = new ArrayList<>();
		for (Object e : expects) {
			if (!(e instanceof Map<?, ?> map)) {
				throw fail(example, "an expectation that is not a map: " + e);
			}
			expect.add(expect(example, (Map<String, Object>) map, articles, notation));
		}
		return new YamlCase(example.file(), example.line(), example.name(), Collections.unmodifiableMap(articles),
				List.copyOf(expect));
	}

	private static Article article(Example example, String name, Object written, YamlNotation notation) {
		String source = null;
		String copyOf = null;
		Object text = written;
		if (written instanceof Map<?, ?> map) {
			for (Object key : map.keySet()) {
				if (!List.of("text", "source", "copyOf").contains(key)) {
					throw fail(example, "article " + name + ": an unknown key " + key + " (text, source, copyOf)");
				}
			}
			source = text(example, name, "source", map.get("source"));
			copyOf = text(example, name, "copyOf", map.get("copyOf"));
			text = map.get("text");
		}
		if (!(text instanceof String t) || t.isBlank()) {
			throw fail(example, "article " + name + " has no text");
		}
		Example where = new Example(example.file(), example.line(), example.name() + ", article " + name, List.of(t),
				null, example.data());
		Marked marked = Marked.parse(where, t);
		for (Mark mark : marked.marks()) {
			String shown = "article " + name + ": [" + mark.surface() + "|" + mark.options() + "]: ";
			if (mark.options() == null) {
				continue;
			}
			Set<String> seen = new HashSet<>();
			for (String kv : mark.options().split(",", -1)) {
				String[] p = kv.split("=", 2);
				String key = p[0].strip();
				if (p.length != 2 || p[1].isBlank()) {
					throw fail(example, shown + "not key=value: " + kv);
				}
				if (!notation.markKeys().contains(key)) {
					throw fail(example, shown + "an unknown option " + key + " (known: "
							+ new TreeSet<>(notation.markKeys()) + ")");
				}
				if (!seen.add(key)) {
					throw fail(example, shown + "the option " + key + " given twice");
				}
			}
		}
		return new Article(name, source, copyOf, marked);
	}

	private static String text(Example example, String article, String key, Object value) {
		if (value == null || value instanceof String s && !s.isBlank()) {
			return (String) value;
		}
		throw fail(example, "article " + article + ": " + key + " is not text: " + value);
	}

	private static Expect expect(Example example, Map<String, Object> map, Map<String, Article> articles,
			YamlNotation notation) {
		for (String key : map.keySet()) {
			if (!notation.expectKeys().contains(key)) {
				throw fail(example, "an unknown expect key " + key + " in " + map + " (known: "
						+ new TreeSet<>(notation.expectKeys()) + ")");
			}
		}
		List<String> kinds = EXPECT_KINDS.stream().filter(map::containsKey).toList();
		if (kinds.size() != 1) {
			throw fail(example,
					"an expectation of " + kinds.size() + " kinds, not one of " + EXPECT_KINDS + ": " + map);
		}
		String kind = kinds.get(0);
		Object named = map.get(kind);
		List<FactName> facts = new ArrayList<>();
		if (kind.equals("together") || kind.equals("apart")) {
			if (!(named instanceof List<?> list) || list.isEmpty() || kind.equals("apart") && list.size() != 2) {
				throw fail(example,
						kind + " is not a list of " + (kind.equals("apart") ? "two facts" : "facts") + ": " + map);
			}
			for (Object n : list) {
				facts.add(fact(example, n, articles, notation));
			}
		}
		else {
			facts.add(fact(example, named, articles, notation));
		}
		Object status = map.get("status");
		if (status != null && (!kind.equals("together") || !(status instanceof String))) {
			throw fail(example, "a status is the name of the finding of a together: " + map);
		}
		return new Expect(kind, List.copyOf(facts), (String) status);
	}

	private static FactName fact(Example example, Object named, Map<String, Article> articles, YamlNotation notation) {
		if (!(named instanceof String name)) {
			throw fail(example, "a fact name that is not text: " + named);
		}
		if (notation.names() == FactNames.MARKS) {
			int hash = name.lastIndexOf('#');
			Article article = hash < 0 ? null : articles.get(name.substring(0, hash));
			if (article == null || !name.substring(hash + 1).matches("[1-9]\\d*")) {
				throw fail(example,
						"no fact " + name + " (a fact is article#n, n from 1; articles: " + articles.keySet() + ")");
			}
			int mark = Integer.parseInt(name.substring(hash + 1));
			if (mark > article.text().marks().size()) {
				throw fail(example, "no fact " + name + ": article " + article.name() + " has "
						+ article.text().marks().size() + " marks");
			}
			return new FactName(name, article.name(), mark, null);
		}
		String[] p = name.split(": ", 2);
		Article article = articles.get(p[0]);
		if (p.length != 2 || article == null || p[1].isBlank()) {
			throw fail(example,
					"no fact " + name + " (a fact is «article: words»; articles: " + articles.keySet() + ")");
		}
		if (!article.text().text().contains(p[1])) {
			throw fail(example, "no fact " + name + ": the text of article " + p[0] + " does not say «" + p[1] + "»");
		}
		return new FactName(name, p[0], 0, p[1]);
	}

	private static IllegalStateException fail(Example example, String reason) {
		return new IllegalStateException(example.file() + "#" + example.line() + " " + example.name() + ": " + reason);
	}

	@SuppressWarnings("unchecked")
	private static List<Example> yaml(String file, Object loaded) {
		if (!(loaded instanceof List<?> cases) || cases.isEmpty()) {
			throw new IllegalStateException(file + ": not a list of examples");
		}
		List<Example> examples = new ArrayList<>();
		int i = 0;
		for (Object c : cases) {
			i++;
			if (!(c instanceof Map<?, ?> map) || !(map.get("name") instanceof String name)
					|| !map.containsKey("expect")) {
				throw new IllegalStateException(file + ": example " + i + " has no name or no expect: " + c);
			}
			examples.add(new Example(file, i, name, List.of(), null, (Map<String, Object>) map));
		}
		return examples;
	}

}
