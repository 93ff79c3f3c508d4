package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.MizanApplication;
import org.mizan.bench.CorpusGenerator;

/**
 * Real interruptions of the job's process (a child JVM) in the middle of the extract
 * step: SIGKILL then `recover`, SIGTERM then `restart`. Either way the workbook must have
 * exactly the facts and findings of an uninterrupted run.
 */
class CrashRecoveryTests {

	static final Path work = TestWorkspace.create("CrashRecoveryTests");

	static final Path corpus = work.resolve("corpus");

	/**
	 * A generated corpus big enough to be caught mid-run, and an uninterrupted run of it
	 * as the reference.
	 */
	@BeforeAll
	static void reference() throws Exception {
		new CorpusGenerator(Path.of("seeds")).generate(1200, 7, corpus);
		Process reference = mizan(work.resolve("reference"), "run", "--corpus", corpus.toString());
		assertThat(reference.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(reference.exitValue()).isZero();
	}

	@Test
	void aRunKilledMidExtractIsRecoveredWithNothingLostAndNothingDuplicated() throws Exception {
		// when a run is killed -9 once some chunks are committed
		Path crashed = work.resolve("crashed");
		Process victim = mizan(crashed, "run", "--corpus", corpus.toString());
		awaitCommittedChunks(victim, crashed);
		victim.destroyForcibly().waitFor();
		assertThat(crashed.resolve("reports").resolve("corpus").resolve("latest.xlsx")).doesNotExist();

		// and `recover` is run
		Process recover = mizan(crashed, "recover");
		assertThat(recover.waitFor(5, TimeUnit.MINUTES)).isTrue();
		String said = Files.readString(crashed.resolve("recover.log"));
		assertThat(recover.exitValue()).as(said).isZero();
		assertThat(said).contains("COMPLETED");

		// then the workbook has the same facts and findings: nothing lost, nothing
		// duplicated
		assertSameAsReference(crashed);
	}

	@Test
	void sigtermStopsTheRunCleanlyAndItRestartsWhereItStopped() throws Exception {
		// when a run gets SIGTERM once some chunks are committed
		Path stopped = work.resolve("stopped");
		Process victim = mizan(stopped, "run", "--corpus", corpus.toString());
		awaitCommittedChunks(victim, stopped);
		victim.destroy();
		assertThat(victim.waitFor(3, TimeUnit.MINUTES)).isTrue();
		assertThat(victim.exitValue()).as("the README's code for a stopped run, not the signal's 143").isEqualTo(1);

		// then it stopped after its current chunk, recorded as STOPPED, without a
		// workbook
		String said = Files.readString(stopped.resolve("run.log"));
		Matcher execution = Pattern.compile("execution (\\d+): STOPPED").matcher(said);
		assertThat(execution.find()).as(said).isTrue();
		assertThat(stopped.resolve("reports/corpus/latest.xlsx")).doesNotExist();

		// and `restart` continues it to the same workbook as an uninterrupted run
		Process restart = mizan(stopped, "restart", execution.group(1));
		assertThat(restart.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(restart.exitValue()).as(Files.readString(stopped.resolve("restart.log"))).isZero();
		assertSameAsReference(stopped);
	}

	private static void awaitCommittedChunks(Process victim, Path home) throws Exception {
		Path journal = home.resolve("data").resolve("mizan.log");
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (victim.isAlive() && (!Files.exists(journal) || Files.size(journal) < 400_000)
				&& System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(victim.isAlive()).as("the run must still be extracting when it is interrupted").isTrue();
	}

	private static void assertSameAsReference(Path home) throws Exception {
		WorkbookRows expected = WorkbookRows.read(work.resolve("reference/reports/corpus/latest.xlsx"));
		WorkbookRows actual = WorkbookRows.read(home.resolve("reports/corpus/latest.xlsx"));
		assertThat(actual.sheet("Facts")).hasSameSizeAs(expected.sheet("Facts"));
		assertThat(MizanJobRestartTests.withoutIds(actual.sheet("Facts")))
			.isEqualTo(MizanJobRestartTests.withoutIds(expected.sheet("Facts")));
		assertThat(actual.sheet("Findings")).isEqualTo(expected.sheet("Findings"));
	}

	/**
	 * Starts `mizan ARGS` in a child JVM with its own data and reports folders, output to
	 * a log file.
	 */
	static Process mizan(Path home, String... args) throws Exception {
		return mizanIn(Path.of("").toAbsolutePath(), home, args);
	}

	/**
	 * The same, with {@code cwd} as the working folder (the one whose config/ it reads).
	 */
	static Process mizanIn(Path cwd, Path home, String... args) throws Exception {
		Files.createDirectories(home);
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "-Xmx512m", "-Dmizan.data-dir=" + home.resolve("data"),
						"-Dmizan.reports-dir=" + home.resolve("reports"), "-Dmizan.chunk-size=5",
						"-Dmizan.corpus-roots=" + Path.of("").toAbsolutePath() + "," + home.getParent(),
						MizanApplication.class.getName()));
		command.addAll(List.of(args));
		File log = home.resolve(args[0] + ".log").toFile();
		return new ProcessBuilder(command).directory(cwd.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log))
			.start();
	}

}
