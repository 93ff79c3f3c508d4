package org.mizan.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what an operator types ({@code seeds}, {@code /data/news/story-17}) into a
 * {@link Corpus}. Whether given by name or by path, a corpus folder must resolve,
 * symbolic links included, inside the configured corpus roots, so nothing outside them is
 * ever read. A corpus name is a plain identifier (it names a folder under the reports
 * folder), so no name can write outside it either.
 */
public class CorpusResolver {

	private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]{0,99}");

	private final Map<String, String> corpora;

	private final List<Path> roots;

	public CorpusResolver(Map<String, String> corpora, List<String> roots) {
		this.corpora = Map.copyOf(corpora);
		this.roots = roots.stream().map(r -> real(Path.of(r))).toList();
	}

	/**
	 * Whether {@code name} can name a corpus: letters, digits, {@code . _ -}, not
	 * starting with a dot.
	 */
	public static boolean isPlainName(String name) {
		return name != null && PLAIN_NAME.matcher(name).matches();
	}

	/**
	 * @throws IllegalArgumentException with one line for the operator when the corpus
	 * cannot be used
	 */
	public Corpus resolve(String nameOrPath) {
		String configured = corpora.get(nameOrPath);
		if (configured != null) {
			if (!isPlainName(nameOrPath)) {
				throw new IllegalArgumentException("corpus name '" + nameOrPath + "' in mizan.corpora is not a plain "
						+ "name (letters, digits, '.', '_', '-', not starting with '.'): rename it");
			}
			Path folder = insideRoots(requireFolder(Path.of(configured), nameOrPath), nameOrPath, configured);
			return new Corpus(nameOrPath, folder, true);
		}
		Path given = Path.of(nameOrPath);
		if (!Files.exists(given) && !nameOrPath.contains("/") && !nameOrPath.contains("\\")) {
			throw new IllegalArgumentException("no corpus named '" + nameOrPath + "' (configured: "
					+ String.join(", ", names()) + ") and no folder at " + given.toAbsolutePath().normalize());
		}
		Path folder = insideRoots(requireFolder(given, nameOrPath), nameOrPath, nameOrPath);
		for (String name : names()) {
			Path other = real(Path.of(corpora.get(name)));
			if (other.equals(folder) && isPlainName(name)) {
				return new Corpus(name, folder, true);
			}
		}
		return new Corpus(nameFor(folder), folder, false);
	}

	/** The configured corpus names, sorted. */
	public List<String> names() {
		return corpora.keySet().stream().sorted().toList();
	}

	/** The corpus roots, as real paths (symbolic links resolved). */
	public List<Path> roots() {
		return Collections.unmodifiableList(roots);
	}

	private Path insideRoots(Path folder, String asTyped, String shown) {
		if (roots.stream().noneMatch(folder::startsWith)) {
			throw new IllegalArgumentException("corpus '" + asTyped + "' is outside the configured corpus roots ("
					+ shown + " is " + folder + "; roots: " + roots + "): move it inside a root or add its folder to "
					+ "mizan.corpus-roots");
		}
		return folder;
	}

	private static Path requireFolder(Path folder, String asTyped) {
		if (!Files.exists(folder)) {
			throw new IllegalArgumentException("corpus folder does not exist: " + asTyped);
		}
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("corpus is not a folder: " + asTyped);
		}
		return real(folder);
	}

	/**
	 * The real path (links resolved) when the file exists, else the absolute normalized
	 * one.
	 */
	static Path real(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException ex) {
			return path.toAbsolutePath().normalize();
		}
	}

	private static String nameFor(Path folder) {
		Path last = folder.getFileName();
		String name = last == null ? "corpus" : last.toString().replaceAll("[^\\p{L}\\p{N}._-]", "_");
		if (name.length() > 100) {
			name = name.substring(0, 100);
		}
		return isPlainName(name) ? name : "corpus" + (name.isEmpty() ? "" : "_" + name.replaceFirst("^[.]+", ""));
	}

}
