package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mizan.corpus.Corpus;
import org.springframework.batch.core.BatchStatus;

/**
 * A corpus is its folder: two folders never share reports, findings or verdicts; a name
 * never leaves its folder.
 */
class CorpusIdentityTests extends JobTestSupport {

	@Test
	void anotherFolderWithTheSameLastNameIsACorpusOfItsOwn() throws Exception {
		// given the configured seeds, run, with a verdict in its latest.xlsx
		RunOutcome real = launcher.runOnDemand(SEED_CORPUS);
		Path latest = Path.of(real.reportPath()).resolveSibling("latest.xlsx");
		VerdictCarryOverTests.edit(latest, 0, "confirmed discrepancy", null, null);
		byte[] reviewed = Files.readAllBytes(latest);
		// and another folder also called seeds, holding one of its articles
		Path elsewhere = Files.createDirectories(work.resolve("elsewhere").resolve("seeds"));
		Files.copy(Path.of("seeds/001_e85d572737d7dca8.txt"), elsewhere.resolve("001_e85d572737d7dca8.txt"));

		// when that folder is run by path (the resolver names it after its last folder)
		RunOutcome other = launcher.runOnDemand(new Corpus("seeds", elsewhere.toRealPath(), false));

		// then it is a corpus of its own, with its own reports, and the real seeds'
		// workbook is untouched
		assertThat(other.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(other.corpus()).matches("seeds-[0-9a-f]{6}");
		assertThat(Path.of(other.reportPath()).getParent().getFileName().toString()).isEqualTo(other.corpus());
		assertThat(Files.readAllBytes(latest)).isEqualTo(reviewed);
		// and the same folder keeps the same identity
		assertThat(launcher.runOnDemand(new Corpus("seeds", elsewhere.toRealPath(), false)).corpus())
			.isEqualTo(other.corpus());
	}

	@Test
	void aCorpusNameThatIsNotAPlainIdentifierIsRefusedBeforeAnythingIsWritten() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> launcher.runOnDemand(new Corpus("../../escape", SEED_CORPUS.folder())))
			.withMessageContaining("not a plain name");
		assertThat(work.resolve("escape")).doesNotExist();
		assertThat(work.getParent().resolve("escape")).doesNotExist();
	}

	@Test
	void anEmptyCorpusIsReportedAsNothingRead() throws Exception {
		Path empty = Files.createDirectories(work.resolve("empty-corpus"));

		RunOutcome outcome = launcher.runOnDemand(new Corpus("empty-corpus", empty));

		assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(outcome.exitCode()).isEqualTo(RunOutcome.NOTHING_READ);
		assertThat(outcome.summaryLine()).contains("nothing read: the corpus folder holds no article file")
			.contains("findings none")
			.doesNotContain("findings,");
	}

}
