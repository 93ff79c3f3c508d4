package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mizan.MizanApplication;
import org.mizan.bench.CorpusGenerator;

/**
 * A real crash: the job's process (a child JVM) is killed with SIGKILL in the middle of the extract step, then
 * `recover` restarts it; the workbook must have exactly the facts and findings of an uninterrupted run.
 */
class CrashRecoveryTests {

	static final Path work = TestWorkspace.create("CrashRecoveryTests");

	@Test
	void aRunKilledMidExtractIsRecoveredWithNothingLostAndNothingDuplicated() throws Exception {
		// given a generated corpus big enough to be caught mid-run
		Path corpus = work.resolve("corpus");
		new CorpusGenerator(Path.of("seeds")).generate(1200, 7, corpus);

		// and an uninterrupted run as the reference
		Process reference = mizan(work.resolve("reference"), "run", "--corpus", corpus.toString());
		assertThat(reference.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(reference.exitValue()).isZero();

		// when a second run is killed -9 once some chunks are committed
		Path crashed = work.resolve("crashed");
		Process victim = mizan(crashed, "run", "--corpus", corpus.toString());
		Path journal = crashed.resolve("data").resolve("mizan.log");
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (victim.isAlive() && (!Files.exists(journal) || Files.size(journal) < 400_000)
				&& System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(victim.isAlive()).as("the run must still be extracting when it is killed").isTrue();
		victim.destroyForcibly().waitFor();
		assertThat(crashed.resolve("reports").resolve("corpus").resolve("latest.xlsx")).doesNotExist();

		// and `recover` is run
		Process recover = mizan(crashed, "recover");
		assertThat(recover.waitFor(5, TimeUnit.MINUTES)).isTrue();
		String said = Files.readString(crashed.resolve("recover.log"));
		assertThat(recover.exitValue()).as(said).isZero();
		assertThat(said).contains("COMPLETED");

		// then the workbook has the same facts and findings: nothing lost, nothing duplicated
		WorkbookRows expected = WorkbookRows.read(work.resolve("reference/reports/corpus/latest.xlsx"));
		WorkbookRows actual = WorkbookRows.read(crashed.resolve("reports/corpus/latest.xlsx"));
		assertThat(actual.sheet("Facts")).hasSameSizeAs(expected.sheet("Facts"));
		assertThat(MizanJobRestartTests.withoutIds(actual.sheet("Facts")))
			.isEqualTo(MizanJobRestartTests.withoutIds(expected.sheet("Facts")));
		assertThat(actual.sheet("Findings")).isEqualTo(expected.sheet("Findings"));
	}

	/** Starts `mizan ARGS` in a child JVM with its own data and reports folders, output to a log file. */
	static Process mizan(Path home, String... args) throws Exception {
		Files.createDirectories(home);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "-Xmx512m",
				"-Dmizan.data-dir=" + home.resolve("data"), "-Dmizan.reports-dir=" + home.resolve("reports"),
				"-Dmizan.chunk-size=5", MizanApplication.class.getName()));
		command.addAll(List.of(args));
		File log = home.resolve(args[0] + ".log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log))
			.start();
	}

}
