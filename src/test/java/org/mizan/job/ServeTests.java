package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The nightly mode, really started: a run of every configured corpus, one summary line
 * each, a clean SIGTERM.
 */
class ServeTests {

	static final Path work = TestWorkspace.create("ServeTests");

	@Test
	void serveRunsEveryConfiguredCorpusLogsOneLineEachAndStopsOnSigterm() throws Exception {
		// given `serve --now` with the configured corpora (config/application.yml: seeds)
		Process serve = CrashRecoveryTests.mizan(work, "serve", "--now");
		try {
			Path log = work.resolve("serve.log");
			String summary = "seeds [" + LocalDate.now() + "]";

			// when its immediate run has finished
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
			while (serve.isAlive() && !(Files.exists(log) && Files.readString(log).contains(summary))
					&& System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			String said = Files.readString(log);

			// then the corpus was run under tonight's run key, with its summary line and
			// workbook
			assertThat(said).contains("serving corpora [seeds] on schedule '0 0 2 * * *'");
			assertThat(said).containsPattern("seeds \\[\\d{4}-\\d{2}-\\d{2}\\] execution \\d+: COMPLETED — articles 5, "
					+ "skipped 0, facts \\d+, findings .*DISAGREE=2.*, report .*seeds-.*\\.xlsx");
			assertThat(work.resolve("reports/seeds/latest.xlsx")).exists();

			// and between its runs the data folder is free: `status` lists the runs and
			// an on-demand `run` works
			assertThat(serve.isAlive()).as("serve stays up between runs").isTrue();
			Process status = CrashRecoveryTests.mizan(work, "status");
			assertThat(status.waitFor(2, TimeUnit.MINUTES)).isTrue();
			String listed = Files.readString(work.resolve("status.log"));
			assertThat(status.exitValue()).as(listed).isZero();
			assertThat(listed).contains("EXECUTION", "seeds", "COMPLETED");
			Process run = CrashRecoveryTests.mizan(work, "run", "--corpus", "seeds");
			assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();
			assertThat(run.exitValue()).as(Files.readString(work.resolve("run.log"))).isZero();

			// and SIGTERM ends the process cleanly, with exit code 0
			assertThat(serve.isAlive()).isTrue();
			serve.destroy();
			assertThat(serve.waitFor(1, TimeUnit.MINUTES)).isTrue();
			assertThat(serve.exitValue()).isZero();
		}
		finally {
			// a failed assertion must not leave the server running
			if (serve.isAlive()) {
				serve.destroyForcibly();
			}
		}
	}

}
