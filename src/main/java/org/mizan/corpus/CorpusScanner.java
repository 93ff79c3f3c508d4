package org.mizan.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the candidate files of a corpus folder, recursively, following symbolic links but
 * never a link loop nor a link that leads outside the corpus roots (listed as bad, with
 * the reason, and never read), ignoring hidden files and folders, sorted by relative path
 * so every run sees the same order.
 */
public class CorpusScanner {

	static final Set<String> SUPPORTED_EXTENSIONS = Set.of("txt", "text", "html", "htm");

	static final String OUTSIDE_ROOTS = "symbolic link leads outside the corpus roots";

	private final List<Path> roots;

	/** Links may lead anywhere inside the scanned folder only. */
	public CorpusScanner() {
		this(List.of());
	}

	/**
	 * @param roots the folders links may lead into (the corpus roots); empty: the scanned
	 * folder only
	 */
	public CorpusScanner(List<Path> roots) {
		this.roots = roots.stream().map(CorpusResolver::real).toList();
	}

	public List<CorpusEntry> scan(Path folder) {
		if (!Files.exists(folder)) {
			throw new IllegalArgumentException("corpus folder does not exist: " + folder);
		}
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("corpus path is not a folder: " + folder);
		}
		Path root = folder.toAbsolutePath().normalize();
		List<Path> allowed = roots.isEmpty() ? List.of(CorpusResolver.real(root)) : roots;
		List<CorpusEntry> entries = new ArrayList<>();
		try {
			Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
					new Collector(root, allowed, entries));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list corpus folder " + folder, ex);
		}
		entries.sort(Comparator.comparing(CorpusEntry::name));
		return entries;
	}

	static boolean isSupported(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 && SUPPORTED_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	private static boolean isHidden(Path path) {
		Path name = path.getFileName();
		return name != null && name.toString().startsWith(".");
	}

	private static final class Collector extends SimpleFileVisitor<Path> {

		private final Path root;

		private final List<Path> allowed;

		private final List<CorpusEntry> entries;

		Collector(Path root, List<Path> allowed, List<CorpusEntry> entries) {
			this.root = root;
			this.allowed = allowed;
			this.entries = entries;
		}

		@Override
		public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
			if (dir.equals(root)) {
				return FileVisitResult.CONTINUE;
			}
			if (isHidden(dir)) {
				return FileVisitResult.SKIP_SUBTREE;
			}
			if (!inside(dir)) {
				entries.add(CorpusEntry.bad(relative(dir), dir, OUTSIDE_ROOTS));
				return FileVisitResult.SKIP_SUBTREE;
			}
			return FileVisitResult.CONTINUE;
		}

		/** Whether the file, links resolved, lies inside the allowed folders. */
		private boolean inside(Path file) {
			Path real = CorpusResolver.real(file);
			return allowed.stream().anyMatch(real::startsWith);
		}

		@Override
		public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
			if (isHidden(file)) {
				return FileVisitResult.CONTINUE;
			}
			String name = relative(file);
			Path fileName = file.getFileName();
			if (attrs.isSymbolicLink()) {
				// FOLLOW_LINKS falls back to the link's own attributes when its target is
				// missing
				entries.add(CorpusEntry.bad(name, file, "unreadable: broken symbolic link"));
			}
			else if (!inside(file)) {
				entries.add(CorpusEntry.bad(name, file, OUTSIDE_ROOTS));
			}
			else if (fileName == null || !isSupported(fileName.toString())) {
				entries.add(CorpusEntry.bad(name, file, "unsupported file type"));
			}
			else if (!attrs.isRegularFile()) {
				entries.add(CorpusEntry.bad(name, file, "unreadable: not a regular file"));
			}
			else {
				entries.add(CorpusEntry.readable(name, file));
			}
			return FileVisitResult.CONTINUE;
		}

		@Override
		public FileVisitResult visitFileFailed(Path file, IOException ex) {
			if (!isHidden(file)) {
				entries.add(CorpusEntry.bad(relative(file), file, reason(ex)));
			}
			return FileVisitResult.CONTINUE;
		}

		private static String reason(IOException ex) {
			if (ex instanceof FileSystemLoopException) {
				return "symbolic-link loop";
			}
			if (ex instanceof AccessDeniedException) {
				return "unreadable: permission denied";
			}
			if (ex instanceof NoSuchFileException) {
				return "unreadable: file vanished";
			}
			return "unreadable: " + ex.getClass().getSimpleName() + " " + ex.getMessage();
		}

		private String relative(Path file) {
			return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
		}

	}

}
