package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.bench.CorpusGenerator;
import picocli.CommandLine;

/** {@code generate} writes a corpus into a folder of its own, never over someone's files. */
class GenerateCommandTests {

	@TempDir
	Path dir;

	private int generate(int articles, Path out) {
		return new CommandLine(new GenerateCommand()).execute("--articles", Integer.toString(articles), "--out",
				out.toString());
	}

	private static long articles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((p) -> p.getFileName().toString().endsWith(".txt")).count();
		}
	}

	@Test
	void aSecondSmallerRunReplacesWhatTheFirstWroteSoTheFolderHoldsExactlyTheNewCorpus() throws IOException {
		Path out = this.dir.resolve("corpus");
		assertThat(generate(12, out)).isZero();
		assertThat(articles(out)).isEqualTo(12);
		assertThat(generate(3, out)).isZero();
		assertThat(articles(out)).isEqualTo(3);
	}

	@Test
	void aFolderWithOtherFilesIsRefusedAndLeftAsItWas() throws IOException {
		Path out = Files.createDirectories(this.dir.resolve("mine"));
		Files.writeString(out.resolve("notes.txt"), "my notes");
		Files.writeString(out.resolve("000001.txt"), "an article of mine");
		assertThat(generate(5, out)).isEqualTo(ExitCodes.USAGE);
		assertThat(Files.readString(out.resolve("000001.txt"))).isEqualTo("an article of mine");
		assertThat(articles(out)).isEqualTo(2);
		assertThat(out.resolve(CorpusGenerator.MARKER)).doesNotExist();
	}

	@Test
	void aGeneratedFolderWithAFileAddedSinceIsRefusedToo() throws IOException {
		Path out = this.dir.resolve("corpus");
		assertThat(generate(2, out)).isZero();
		Files.writeString(out.resolve("added.txt"), "someone's");
		assertThat(generate(2, out)).isEqualTo(ExitCodes.USAGE);
		assertThat(out.resolve("added.txt")).exists();
	}

}
