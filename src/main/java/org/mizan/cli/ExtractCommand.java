package org.mizan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.mizan.extract.ArticleExtractor;
import org.mizan.extract.ArticleReading;
import org.mizan.extract.ClaimFrame;
import org.mizan.extract.Fact;
import org.mizan.extract.Mention;
import org.mizan.extract.MentionKind;
import org.mizan.extract.MentionRecognizer;
import org.mizan.extract.SourceRef;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code extract [--jsonl] [FILE|-]}: what the recognizer reads in a text, as JSON lines.
 * A mention that becomes a fact also carries what the workbook shows for it (unit,
 * counted noun, event, source, hedge, and its frame: measure, of what, part, when, and
 * whether the figure is a count, a projection or a change), after the fields of
 * {@code spec/extract-cli.md}.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = "Print the numbers, dates and quantities found in Arabic text, one JSON line per document.")
public class ExtractCommand implements Callable<Integer> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MentionRecognizer recognizer;

	private final ArticleExtractor extractor = new ArticleExtractor();

	@Option(names = "--jsonl", description = "Input is one {\"id\", \"text\"} JSON object per line.")
	boolean jsonl;

	@Parameters(index = "0", arity = "0..1", defaultValue = "-", paramLabel = "FILE|-",
			description = "UTF-8 input file, or - for standard input (default).")
	String file = "-";

	PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);

	InputStream stdin = System.in;

	public ExtractCommand(MentionRecognizer recognizer) {
		this.recognizer = recognizer;
	}

	@Override
	public Integer call() {
		try (Reader reader = open()) {
			if (this.jsonl) {
				try (BufferedReader lines = new BufferedReader(reader, 1 << 16)) {
					for (String line = lines.readLine(); line != null; line = lines.readLine()) {
						if (!line.isBlank()) {
							emit(document(line));
						}
					}
				}
			}
			else {
				StringBuilder text = new StringBuilder();
				char[] buf = new char[8192];
				for (int n = reader.read(buf); n > 0; n = reader.read(buf)) {
					text.append(buf, 0, n);
				}
				emit(result(JSON.nullNode(), text.toString()));
			}
			return 0;
		}
		catch (IOException | UncheckedIOException ex) {
			System.err.println("extract: cannot read " + this.file + ": " + ex.getMessage());
			return 2;
		}
	}

	private Reader open() throws IOException {
		InputStream in = "-".equals(this.file) ? this.stdin : Files.newInputStream(Path.of(this.file));
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	private ObjectNode document(String line) {
		JsonNode doc;
		try {
			doc = JSON.readTree(line);
		}
		catch (JacksonException ex) {
			return error("not valid JSON: " + ex.getOriginalMessage());
		}
		if (!doc.isObject() || !doc.has("text") || !doc.get("text").isString()) {
			return error("expected an object with a string \"text\"");
		}
		JsonNode id = doc.has("id") ? doc.get("id") : JSON.nullNode();
		try {
			return result(id, doc.get("text").asString());
		}
		catch (RuntimeException ex) {
			ObjectNode failed = error("recognizer failed: " + ex);
			failed.set("id", id);
			return failed;
		}
	}

	private ObjectNode result(JsonNode id, String text) {
		ObjectNode node = JSON.createObjectNode();
		node.set("id", id);
		ArrayNode mentions = node.putArray("mentions");
		// one reading of the text serves the recognizer and the extractor
		ArticleReading reading = this.extractor.read(text);
		List<Mention> found = this.recognizer.recognize(reading);
		Map<Long, Fact> facts = new HashMap<>();
		if (!found.isEmpty()) {
			this.extractor.extract(reading).facts().forEach((f) -> facts.putIfAbsent(span(f.start(), f.end()), f));
		}
		for (Mention m : found) {
			Fact fact = facts.get(span(m.start(), m.end()));
			ObjectNode o = mentions.addObject();
			o.put("text", m.text());
			o.put("start", m.start());
			o.put("end", m.end());
			o.put("kind", m.kind().label());
			number(o, "value", m.value());
			number(o, "low", m.low());
			number(o, "high", m.high());
			o.put("approx", m.approx() == null ? null : m.approx().label());
			// the workbook's unit: what the number counts (fighter for "3 آلاف مقاتل"),
			// not only the unit written with it
			o.put("unit", fact != null && !"count".equals(fact.unit()) ? fact.unit() : m.unit());
			boolean clock = m.kind() == MentionKind.TIME;
			o.put("date", clock ? null : m.date());
			SourceRef source = fact == null ? null : fact.source();
			o.put("counted", fact == null ? null : fact.counted());
			o.put("event", fact == null ? null : fact.event());
			o.put("source", source == null ? null : source.name());
			o.put("source_type", source == null || source.type() == null ? null : source.type().label());
			o.put("hedge", source == null || source.hedge() == null ? null : source.hedge().label());
			ClaimFrame frame = fact == null ? null : fact.frame();
			o.put("measure", frame == null || frame.measuresNothing() ? null : frame.label());
			o.put("of_what", frame == null ? null : frame.subject());
			o.put("part", frame == null ? null : frame.scope());
			o.put("when", frame == null ? null : frame.time());
			o.put("figure_kind", frame == null ? null : frame.kind().label());
			o.put("time", clock ? m.date() : null);
		}
		return node;
	}

	private static long span(int start, int end) {
		return ((long) start << 32) | end;
	}

	private static void number(ObjectNode o, String field, Double v) {
		if (v == null) {
			o.putNull(field);
		}
		else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			o.put(field, v.longValue());
		}
		else {
			o.put(field, v);
		}
	}

	private static ObjectNode error(String why) {
		ObjectNode node = JSON.createObjectNode();
		node.putNull("id");
		node.put("error", why);
		return node;
	}

	private void emit(ObjectNode node) {
		this.out.println(JSON.writeValueAsString(node));
		this.out.flush();
	}

}
