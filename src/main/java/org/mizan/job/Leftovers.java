package org.mizan.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.mizan.MizanProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The temporary files a run makes: the workbook's {@code .mizan-*.xlsx.part} beside its
 * target, and POI's {@code poi-sxssf-sheet-xml*.gz}, which go to {@code <data-dir>/tmp}
 * (not the system's temporary folder, where nothing could tell whose they are). A crash
 * leaves them; {@link #clean} removes them, and must only be called while this process
 * holds the data folder's lock, so that no run of its own is writing them.
 */
@Component
public final class Leftovers {

	private static final Logger log = LoggerFactory.getLogger(Leftovers.class);

	private final Path reportsDir;

	private final Path tempDir;

	Leftovers(MizanProperties properties) {
		this.reportsDir = properties.getReportsDir();
		this.tempDir = properties.getDataDir().resolve("tmp");
		try {
			Files.createDirectories(tempDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create " + tempDir, ex);
		}
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(tempDir.toFile()));
	}

	/** Removes what an interrupted run left behind; returns how many files. */
	public int clean() {
		int removed = 0;
		try {
			if (Files.isDirectory(reportsDir)) {
				try (DirectoryStream<Path> corpora = Files.newDirectoryStream(reportsDir, Files::isDirectory)) {
					for (Path corpus : corpora) {
						removed += delete(corpus, ".mizan-*.xlsx.part");
					}
				}
			}
			removed += delete(tempDir, "*");
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("could not remove every temporary file an interrupted run left: {}", ex.getMessage());
		}
		if (removed > 0) {
			log.info("removed {} temporary file(s) an interrupted run left behind", removed);
		}
		return removed;
	}

	private static int delete(Path dir, String glob) throws IOException {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		int n = 0;
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.isRegularFile(file)
						&& dir.getFileSystem().getPathMatcher("glob:" + glob).matches(file.getFileName())) {
					Files.deleteIfExists(file);
					n++;
				}
			}
		}
		return n;
	}

}
