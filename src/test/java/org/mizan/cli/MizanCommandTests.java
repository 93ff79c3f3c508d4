package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line: help everywhere, exit codes, one clear line for the operator's mistakes. */
class MizanCommandTests {

	@TempDir
	Path work;

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	final PrintStream originalErr = System.err;

	@AfterEach
	void restore() {
		System.setErr(originalErr);
		System.clearProperty("mizan.data-dir");
		System.clearProperty("mizan.reports-dir");
	}

	@ParameterizedTest
	@ValueSource(strings = { "run", "serve", "status", "restart", "recover", "extract", "generate" })
	void everyCommandHasHelp(String command) {
		assertThat(MizanCommand.execute(command, "--help")).isEqualTo(ExitCodes.DONE);
	}

	@Test
	void aMissingCommandOrOptionIsAUsageError() {
		captureErr();
		assertThat(MizanCommand.execute()).isEqualTo(ExitCodes.USAGE);
		assertThat(MizanCommand.execute("run")).isEqualTo(ExitCodes.USAGE);
		assertThat(MizanCommand.execute("frobnicate")).isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void aCorpusThatIsNotAFolderIsAUsageErrorInOneLine() throws Exception {
		isolate();
		captureErr();
		Path file = Files.writeString(work.resolve("article.txt"), "نص");

		assertThat(MizanCommand.execute("run", "--corpus", work.resolve("missing").toString()))
			.isEqualTo(ExitCodes.USAGE);
		assertThat(MizanCommand.execute("run", "--corpus", file.toString())).isEqualTo(ExitCodes.USAGE);
		assertThat(MizanCommand.execute("run", "--corpus", "no-such-corpus")).isEqualTo(ExitCodes.USAGE);

		String said = err.toString(StandardCharsets.UTF_8);
		assertThat(said).contains("corpus folder does not exist", "corpus is not a folder", "no corpus named");
		assertThat(said.lines().filter(l -> l.startsWith("\tat "))).as("no stack trace").isEmpty();
	}

	@Test
	void aSecondProcessOnTheSameDataFolderRefusesAtOnce() throws Exception {
		isolate();
		captureErr();
		Path lockFile = Files.createDirectories(work.resolve("data")).resolve("mizan.run.lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock held = channel.lock()) {
			long started = System.nanoTime();
			int code = MizanCommand.execute("run", "--corpus", "seeds");
			long seconds = (System.nanoTime() - started) / 1_000_000_000L;

			assertThat(code).isEqualTo(ExitCodes.BUSY);
			assertThat(seconds).as("refused without waiting on a lock").isLessThan(20);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("another Mizan process is using");
		}
	}

	private void isolate() {
		System.setProperty("mizan.data-dir", work.resolve("data").toString());
		System.setProperty("mizan.reports-dir", work.resolve("reports").toString());
	}

	private void captureErr() {
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
	}

}
