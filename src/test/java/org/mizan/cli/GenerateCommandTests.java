package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.bench.CorpusGenerator;
import picocli.CommandLine;

/**
 * {@code generate} writes a corpus into a folder of its own, never over someone's files.
 */
class GenerateCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream said = new ByteArrayOutputStream();

	private int generate(int articles, Path out) {
		GenerateCommand command = new GenerateCommand();
		PrintStream both = new PrintStream(this.said, true, StandardCharsets.UTF_8);
		command.stdout = both;
		command.stderr = both;
		return new CommandLine(command).execute("--articles", Integer.toString(articles), "--out", out.toString());
	}

	private String said() {
		return this.said.toString(StandardCharsets.UTF_8);
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
		assertThat(said()).contains("removed the 12 articles an earlier generate wrote there; wrote 3 articles");
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
		assertThat(said()).contains("is not empty").contains("give an empty or new folder");
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
