package org.mizan.corpus;

import java.nio.file.Path;

/**
 * One candidate file of a corpus. {@code name} is its path relative to the corpus folder,
 * with {@code /} separators. {@code problem} is null when the file is to be read, else
 * why it is already known bad (a symbolic-link loop, an unreadable file, an unsupported
 * type).
 */
public record CorpusEntry(String name, Path path, String problem) {

	public static CorpusEntry readable(String name, Path path) {
		return new CorpusEntry(name, path, null);
	}

	public static CorpusEntry bad(String name, Path path, String problem) {
		return new CorpusEntry(name, path, problem);
	}

	public boolean isReadable() {
		return problem == null;
	}

}
