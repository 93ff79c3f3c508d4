package org.mizan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.mizan.text.Lexicons;
import org.mizan.text.SentenceSplitter;
import org.mizan.text.TextSpan;

/**
 * Builds benchmark corpora from a real corpus's sentences: each article is a headline and
 * a few paragraphs of sentences drawn from the source corpus, with their numbers varied
 * and some statements attributed to generated outlets, so the density of numbers,
 * attributions and disagreements stays realistic. Deterministic for a seed.
 */
public final class CorpusGenerator {

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	/** The outlet names and attribution cues, from {@code generator.yml}. */
	private static final String[] OUTLET_PARTS = words("outlet_parts");

	private static final String[] CUES = words("cues");

	private final List<String> sentences;

	public CorpusGenerator(Path sourceCorpus) throws IOException {
		this.sentences = new ArrayList<>();
		SentenceSplitter splitter = new SentenceSplitter();
		try (Stream<Path> files = Files.list(sourceCorpus)) {
			for (Path file : files.sorted().toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8);
				for (TextSpan s : splitter.split(text)) {
					String sentence = s.of(text).strip();
					if (sentence.split("\\s+").length >= 8) {
						sentences.add(sentence);
					}
				}
			}
		}
		if (sentences.isEmpty()) {
			throw new IllegalArgumentException("no sentences to draw from in " + sourceCorpus);
		}
	}

	/**
	 * Marks a folder this generator wrote, so a later run may clear what it wrote there
	 * and nothing else.
	 */
	public static final String MARKER = ".mizan-generated";

	private static final Pattern ARTICLE_NAME = Pattern.compile("\\d{6}\\.txt");

	/** A folder that holds files generate did not write: it is left alone. */
	public static final class NotEmptyException extends IOException {

		private static final long serialVersionUID = 1L;

		NotEmptyException(String message) {
			super(message);
		}

	}

	/**
	 * Writes {@code articles} files {@code 000000.txt ...} into {@code target}: an empty
	 * or new folder, or one an earlier run of the generator wrote, whose articles are
	 * removed first (so the folder holds exactly the new corpus). Returns how many
	 * earlier articles were removed.
	 * @throws NotEmptyException when {@code target} holds anything the generator did not
	 * write
	 */
	public int generate(int articles, long seed, Path target) throws IOException {
		int removed = clear(target);
		Files.createDirectories(target);
		Files.writeString(target.resolve(MARKER), "written by mizan generate\n", StandardCharsets.UTF_8);
		Random random = new Random(seed);
		for (int i = 0; i < articles; i++) {
			Files.writeString(target.resolve(String.format("%06d.txt", i)), article(random), StandardCharsets.UTF_8);
		}
		return removed;
	}

	private static int clear(Path target) throws IOException {
		if (!Files.isDirectory(target)) {
			if (Files.exists(target)) {
				throw new NotEmptyException(target + " is a file, not a folder");
			}
			return 0;
		}
		List<Path> entries;
		try (Stream<Path> list = Files.list(target)) {
			entries = list.toList();
		}
		if (entries.isEmpty()) {
			return 0;
		}
		boolean ours = entries.stream().anyMatch((p) -> name(p).equals(MARKER));
		List<Path> foreign = entries.stream()
			.filter((p) -> !ours
					|| !(name(p).equals(MARKER) || ARTICLE_NAME.matcher(name(p)).matches() && Files.isRegularFile(p)))
			.toList();
		if (!foreign.isEmpty()) {
			throw new NotEmptyException(target + " is not empty (" + foreign.size() + " entries generate did not "
					+ "write, e.g. " + foreign.get(0).getFileName() + "): give an empty or new folder");
		}
		int removed = 0;
		for (Path entry : entries) {
			if (!name(entry).equals(MARKER)) {
				Files.delete(entry);
				removed++;
			}
		}
		return removed;
	}

	/** The entry's file name; "" for a path without one (never an entry of a folder). */
	private static String name(Path entry) {
		Path name = entry.getFileName();
		return (name != null) ? name.toString() : "";
	}

	String article(Random random) {
		StringBuilder text = new StringBuilder();
		text.append(vary(pick(random), random)).append("\n\n");
		int paragraphs = 3 + random.nextInt(6);
		for (int p = 0; p < paragraphs; p++) {
			int count = 1 + random.nextInt(4);
			for (int s = 0; s < count; s++) {
				if (random.nextInt(4) == 0) {
					text.append(String.format(CUES[random.nextInt(CUES.length)], outlet(random)));
				}
				text.append(vary(pick(random), random)).append(' ');
			}
			text.append("\n\n");
		}
		return text.toString();
	}

	private String pick(Random random) {
		return sentences.get(random.nextInt(sentences.size()));
	}

	/** Varies about a third of the numbers by up to ±60 %, keeping years as they are. */
	private static String vary(String sentence, Random random) {
		Matcher m = NUMBER.matcher(sentence);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String digits = m.group();
			long value = Long.parseLong(digits.length() > 12 ? digits.substring(0, 12) : digits);
			boolean year = digits.length() == 4 && value >= 1900 && value <= 2100;
			String replacement = digits;
			if (!year && random.nextInt(3) == 0) {
				replacement = Long.toString(Math.max(1, Math.round(value * (0.4 + 1.2 * random.nextDouble()))));
			}
			m.appendReplacement(out, replacement);
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String[] words(String key) {
		return ((List<?>) Lexicons.load("generator").get(key)).stream().map(String::valueOf).toArray(String[]::new);
	}

	private static String outlet(Random random) {
		return OUTLET_PARTS[random.nextInt(OUTLET_PARTS.length)] + " " + (1 + random.nextInt(40));
	}

}
