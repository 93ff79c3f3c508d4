package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The commands as an operator types them, in a process of their own, from a folder of
 * their own.
 */
class OperatorCommandsTests {

	static final Path work = TestWorkspace.create("OperatorCommandsTests");

	@Test
	void runAllRunsEveryGoodCorpusAndListsTheBadOnesAtTheEnd() throws Exception {
		// given a configuration with the seeds and two corpora that cannot be run
		Path site = Files.createDirectories(work.resolve("site"));
		Files.createDirectories(site.resolve("config"));
		Files.writeString(site.resolve("config/application.yml"), """
				mizan:
				  corpora:
				    a-missing: no-such-folder
				    b-seeds: %s
				    c-escape: /etc
				  corpus-roots:
				    - %s
				""".formatted(Path.of("seeds").toAbsolutePath(), Path.of("").toAbsolutePath()));

		// when every corpus is run
		Process all = CrashRecoveryTests.mizanIn(site, site, "run", "--all");
		assertThat(all.waitFor(3, TimeUnit.MINUTES)).isTrue();
		String said = Files.readString(site.resolve("run.log"));

		// then the good one ran, the bad ones are listed after it with their reasons, and
		// the exit code says so
		assertThat(all.exitValue()).as(said).isEqualTo(2);
		assertThat(said).containsPattern("b-seeds \\[.*\\] execution \\d+: COMPLETED");
		assertThat(said.indexOf("not run: a-missing: corpus folder does not exist"))
			.isGreaterThan(said.indexOf("COMPLETED"));
		assertThat(said).contains("not run: c-escape: corpus 'c-escape' is outside the configured corpus roots");
		assertThat(site.resolve("reports/b-seeds/latest.xlsx")).exists();
	}

	@Test
	void outsideAFolderWithConfigItSaysSoAndCreatesNothing() throws Exception {
		// given a folder without config/, and the defaults (data/ and reports/ in the
		// working folder)
		Path empty = Files.createDirectories(work.resolve("empty"));

		for (String[] command : new String[][] { { "run", "--corpus", "seeds" }, { "status" }, { "recover" } }) {
			// when a command that needs the configuration is run there
			java.util.List<String> line = new java.util.ArrayList<>(
					java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
							System.getProperty("java.class.path"), org.mizan.MizanApplication.class.getName()));
			line.addAll(java.util.List.of(command));
			Process process = new ProcessBuilder(line).directory(empty.toFile()).redirectErrorStream(true).start();
			String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();

			// then it says why in one line, with the usage exit code
			assertThat(process.exitValue()).as(said).isEqualTo(2);
			assertThat(said.strip()).isEqualTo("mizan: no config/application.yml in " + empty.toRealPath()
					+ ": run Mizan from the folder that holds config/ (the project folder); nothing was created");
		}
		// and nothing was created
		try (var left = Files.list(empty)) {
			assertThat(left).isEmpty();
		}
	}

}
