package org.mizan.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * {@link Example#data()}.
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
