package org.mizan.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what an operator types ({@code seeds}, {@code /data/news/story-17}) into a {@link Corpus}. A name resolves
 * through the configured corpora and only inside the configured corpus roots, so a name can never escape them.
 */
public class CorpusResolver {

	private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}._-]+");

	private final Map<String, String> corpora;

	private final List<Path> roots;

	public CorpusResolver(Map<String, String> corpora, List<String> roots) {
		this.corpora = Map.copyOf(corpora);
		this.roots = roots.stream().map(r -> Path.of(r).toAbsolutePath().normalize()).toList();
	}

	/**
	 * @throws IllegalArgumentException with one line for the operator when the corpus cannot be used
	 */
	public Corpus resolve(String nameOrPath) {
		String configured = corpora.get(nameOrPath);
		if (configured != null) {
			Path folder = Path.of(configured).toAbsolutePath().normalize();
			if (roots.stream().noneMatch(folder::startsWith)) {
				throw new IllegalArgumentException(
						"corpus '" + nameOrPath + "' points outside the configured corpus roots: " + configured);
			}
			return new Corpus(nameOrPath, requireFolder(folder, nameOrPath));
		}
		Path folder = Path.of(nameOrPath).toAbsolutePath().normalize();
		if (!Files.exists(folder) && !nameOrPath.contains("/") && !nameOrPath.contains("\\")) {
			throw new IllegalArgumentException("no corpus named '" + nameOrPath + "' (configured: "
					+ String.join(", ", corpora.keySet()) + ") and no folder at " + folder);
		}
		requireFolder(folder, nameOrPath);
		return new Corpus(nameFor(folder), folder);
	}

	public List<Corpus> all() {
		return names().stream().map(this::resolve).toList();
	}

	/** The configured corpus names, sorted. */
	public List<String> names() {
		return corpora.keySet().stream().sorted().toList();
	}

	private static Path requireFolder(Path folder, String asTyped) {
		if (!Files.exists(folder)) {
			throw new IllegalArgumentException("corpus folder does not exist: " + asTyped);
		}
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("corpus is not a folder: " + asTyped);
		}
		return folder;
	}

	private static String nameFor(Path folder) {
		Path last = folder.getFileName();
		String name = last == null ? "corpus" : last.toString();
		return SAFE_NAME.matcher(name).matches() ? name : name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
	}

}
