package org.mizan.corpus;

import java.nio.file.Path;

/** A file of a corpus: one to read, or one known bad already ({@code skipReason} set). */
public record CorpusEntry(Path path, String name, String skipReason) {
}
