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

/**
 * The command line: help everywhere, exit codes, one clear line for the operator's
 * mistakes.
 */
class MizanCommandTests {

	@TempDir
	Path work;

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final PrintStream originalErr = System.err;

	final PrintStream originalOut = System.out;

	@AfterEach
	void restore() {
		System.setErr(originalErr);
		System.setOut(originalOut);
		System.clearProperty("mizan.data-dir");
		System.clearProperty("mizan.reports-dir");
	}

	@ParameterizedTest
	@ValueSource(strings = { "run", "serve", "status", "restart", "recover", "extract", "generate" })
	void everyCommandHasHelp(String command) {
		captureOut();
		assertThat(MizanCommand.execute(command, "--help")).isEqualTo(ExitCodes.DONE);
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: mizan " + command);
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

	@Test
	void aBadCorpusIsAnsweredBeforeTheApplicationStartsAndCreatesNothing() throws Exception {
		isolate();
		captureErr();
		long started = System.nanoTime();

		assertThat(MizanCommand.execute("run", "--corpus", "/etc")).isEqualTo(ExitCodes.USAGE);
		assertThat(MizanCommand.execute("run", "--corpus", "../../../etc")).isEqualTo(ExitCodes.USAGE);
		assertThat(MizanCommand.execute("run", "--corpus", "nosuch")).isEqualTo(ExitCodes.USAGE);

		assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds, no Spring context").isLessThan(1000);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("outside the configured corpus roots",
				"no corpus named 'nosuch'");
		assertThat(work.resolve("data")).doesNotExist();
	}

	@Test
	void restartExplainsUnknownFinishedAndCrashedRunsAndANewRunRecoversTheCrashedOne() throws Exception {
		isolate();
		captureErr();
		captureOut();
		// given a finished run
		assertThat(MizanCommand.execute("run", "--corpus", "seeds")).isEqualTo(ExitCodes.DONE);

		// then an unknown and a finished execution are refused in one line each, with
		// exit code 2
		assertThat(MizanCommand.execute("restart", "999")).isEqualTo(ExitCodes.USAGE);
		assertThat(MizanCommand.execute("restart", "0")).isEqualTo(ExitCodes.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no run has execution id 999", "execution 0 (seeds [",
				"completed: there is nothing to restart");

		// and a run left STARTED by a crash is sent to `recover`
		markStarted(0);
		err.reset();
		assertThat(MizanCommand.execute("restart", "0")).isEqualTo(ExitCodes.USAGE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("left by a crash", "`mizan recover 0`");

		// and a new run marks it failed first, so it is not STARTED for ever
		err.reset();
		assertThat(MizanCommand.execute("run", "--corpus", "seeds")).isEqualTo(ExitCodes.DONE);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("execution 0 (seeds [",
				"left STARTED by a crash: marked FAILED");
		assertThat(executionStatus(0)).isEqualTo("FAILED");
		assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("\tat "))).isEmpty();
	}

	@Test
	void temporaryFilesAnInterruptedRunLeftAreRemovedByTheNextRun() throws Exception {
		isolate();
		captureOut();
		Path part = Files.createDirectories(work.resolve("reports/seeds")).resolve(".mizan-123.xlsx.part");
		Files.writeString(part, "half a workbook");
		Path poi = Files.createDirectories(work.resolve("data/tmp")).resolve("poi-sxssf-sheet-xml42.gz");
		Files.writeString(poi, "half a sheet");

		assertThat(MizanCommand.execute("run", "--corpus", "seeds")).isEqualTo(ExitCodes.DONE);

		assertThat(part).doesNotExist();
		assertThat(poi).doesNotExist();
		assertThat(work.resolve("reports/seeds/latest.xlsx")).exists();
	}

	@Test
	void aDamagedDatabaseIsOneLineThatSaysWhatToDo() throws Exception {
		isolate();
		captureErr();
		captureOut();
		assertThat(MizanCommand.execute("run", "--corpus", "seeds")).isEqualTo(ExitCodes.DONE);
		Files.writeString(work.resolve("data/mizan.script"), "GARBLED beyond repair\n");

		assertThat(MizanCommand.execute("status")).isEqualTo(ExitCodes.FAILED);

		String said = err.toString(StandardCharsets.UTF_8);
		assertThat(said.lines()).singleElement()
			.asString()
			.contains("the database in " + work.resolve("data"), "mizan.script", "looks damaged",
					"move the folder aside");
		assertThat(Files.readString(work.resolve("data").resolve(Faults.LOG_FILE))).contains("\tat ");
	}

	@Test
	void statusShowsWhatTheRunHoldingTheDataFolderIsDoing() throws Exception {
		isolate();
		captureOut();
		Path data = Files.createDirectories(work.resolve("data"));
		Files.writeString(data.resolve("mizan.status"), "pid 1\ncorpus seeds, run key 2026-12-03, execution 7\n"
				+ "step: extract: 340/1200 articles\nas of 2026-12-03T02:00:10Z\n");
		Path lockFile = data.resolve("mizan.run.lock");
		Files.writeString(lockFile, "pid 1, serve: nightly run 2026-12-03, since 2026-12-03T02:00:00Z");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock held = channel.lock()) {
			assertThat(MizanCommand.execute("status")).isEqualTo(ExitCodes.DONE);
		}
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("running now: pid 1, serve: nightly run",
				"corpus seeds, run key 2026-12-03, execution 7", "step: extract: 340/1200 articles");
	}

	private String executionStatus(long id) throws Exception {
		try (java.sql.Connection db = java.sql.DriverManager
			.getConnection("jdbc:hsqldb:file:" + work.resolve("data/mizan") + ";shutdown=true", "SA", "");
				var query = db.prepareStatement("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")) {
			query.setLong(1, id);
			try (var rs = query.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	/** What a kill -9 leaves: the execution still STARTED, no end time. */
	private void markStarted(long id) throws Exception {
		try (java.sql.Connection db = java.sql.DriverManager
			.getConnection("jdbc:hsqldb:file:" + work.resolve("data/mizan") + ";shutdown=true", "SA", "");
				var update = db.prepareStatement("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', "
						+ "EXIT_CODE = 'UNKNOWN', END_TIME = NULL WHERE JOB_EXECUTION_ID = ?")) {
			update.setLong(1, id);
			assertThat(update.executeUpdate()).isEqualTo(1);
		}
	}

	private void captureOut() {
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	private void captureErr() {
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
	}

}
