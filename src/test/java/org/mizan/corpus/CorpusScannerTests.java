package org.mizan.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CorpusScannerTests {

	@TempDir
	Path dir;

	private final CorpusScanner scanner = new CorpusScanner();

	@Test
	void listsCandidatesSortedByRelativePathRecursively() throws IOException {
		touch("b.txt");
		touch("a.HTML");
		touch("sub/c.text");
		touch("sub/deeper/d.htm");
		touch("photo.jpg");
		touch(".hidden.txt");
		touch(".git/config.txt");
		List<CorpusEntry> entries = scanner.scan(dir);
		assertThat(entries).extracting(CorpusEntry::name)
			.containsExactly("a.HTML", "b.txt", "photo.jpg", "sub/c.text", "sub/deeper/d.htm");
		assertThat(entries).filteredOn(CorpusEntry::isReadable)
			.extracting(CorpusEntry::name)
			.containsExactly("a.HTML", "b.txt", "sub/c.text", "sub/deeper/d.htm");
		assertThat(entries.get(2).problem()).isEqualTo("unsupported file type");
		assertThat(entries.get(0).path()).isEqualTo(dir.toAbsolutePath().normalize().resolve("a.HTML"));
	}

	@Test
	void neverFollowsALinkLoop() throws IOException {
		touch("sub/a.txt");
		Files.createSymbolicLink(dir.resolve("sub/back"), dir);
		List<CorpusEntry> entries = scanner.scan(dir);
		assertThat(entries).extracting(CorpusEntry::name).containsExactly("sub/a.txt", "sub/back");
		assertThat(entries.get(1).problem()).isEqualTo("symbolic-link loop");
	}

	@Test
	void followsLinksToFilesInsideTheRootsAndReportsBrokenOnes() throws IOException {
		Path corpus = Files.createDirectories(dir.resolve("corpus"));
		Path shared = touch("shared/article.txt");
		Files.createSymbolicLink(corpus.resolve("linked.txt"), shared);
		Files.createSymbolicLink(corpus.resolve("broken.txt"), corpus.resolve("gone.txt"));
		List<CorpusEntry> entries = new CorpusScanner(List.of(dir)).scan(corpus);
		assertThat(entries).extracting(CorpusEntry::name, CorpusEntry::problem)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("broken.txt", "unreadable: broken symbolic link"),
					org.assertj.core.groups.Tuple.tuple("linked.txt", null));
	}

	@Test
	void aLinkThatLeadsOutsideTheRootsIsSkippedWithTheReasonAndNeverRead() throws IOException {
		// given a corpus whose files link to /etc/passwd and to a folder outside the
		// roots
		Path corpus = Files.createDirectories(dir.resolve("corpus"));
		touch("corpus/article.txt");
		Files.createSymbolicLink(corpus.resolve("passwd.txt"), Path.of("/etc/passwd"));
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Files.writeString(elsewhere.resolve("secret.txt"), "سر");
		Files.createSymbolicLink(corpus.resolve("more"), elsewhere);

		// when it is scanned with the corpus folder as the only root
		List<CorpusEntry> entries = new CorpusScanner(List.of(corpus)).scan(corpus);

		// then both links are listed as bad, with the reason, and nothing behind them is
		// a readable entry
		assertThat(entries).extracting(CorpusEntry::name, CorpusEntry::problem)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("article.txt", null),
					org.assertj.core.groups.Tuple.tuple("more", CorpusScanner.OUTSIDE_ROOTS),
					org.assertj.core.groups.Tuple.tuple("passwd.txt", CorpusScanner.OUTSIDE_ROOTS));
		assertThat(new ArticleReader().read(entries.get(2)).reason()).isEqualTo(CorpusScanner.OUTSIDE_ROOTS);
		Files.delete(corpus.resolve("passwd.txt"));
	}

	@Test
	void rejectsAMissingFolderOrAFile() throws IOException {
		assertThatIllegalArgumentException().isThrownBy(() -> scanner.scan(dir.resolve("nope")))
			.withMessageStartingWith("corpus folder does not exist: ");
		Path file = touch("file.txt");
		assertThatIllegalArgumentException().isThrownBy(() -> scanner.scan(file))
			.withMessageStartingWith("corpus path is not a folder: ");
	}

	@Test
	void scansTheSeedCorpus() {
		assertThat(scanner.scan(Path.of("seeds"))).hasSize(5).allMatch(CorpusEntry::isReadable);
	}

	private Path touch(String name) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, "نص");
	}

}
