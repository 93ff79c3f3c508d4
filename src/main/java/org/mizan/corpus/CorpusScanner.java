package org.mizan.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Lists the article files of a corpus folder in a stable order. */
public class CorpusScanner {

	public List<CorpusEntry> scan(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.sorted()
				.map(p -> new CorpusEntry(p, p.getFileName().toString(), null))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
