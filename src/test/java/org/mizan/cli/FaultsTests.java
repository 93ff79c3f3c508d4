package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faults an operator meets are told in one line with what to do. */
class FaultsTests {

	@TempDir
	Path data;

	@Test
	void aFullDiskSaysWhichFolderHowMuchIsFreeAndWhatToDo() {
		// as the JDK reports it from a write, and as HSQLDB's memory-mapped file reports
		// it
		for (Throwable full : new Throwable[] { new UncheckedIOException(new IOException("No space left on device")),
				new RuntimeException(
						new InternalError("a fault occurred in a recent unsafe memory access operation")) }) {
			String said = Faults.explain(full, data);
			assertThat(said).contains("the disk holding " + data + " is full (", " MB free)", "`mizan recover`")
				.doesNotContain("\n");
		}
	}

	@Test
	void anUnknownFaultNamesItsCauseAndTheLogFile() {
		String said = Faults.explain(new IllegalStateException("wrapped", new ArithmeticException("/ by zero")), data);
		assertThat(said).isEqualTo("ArithmeticException: / by zero (details in " + data.resolve("mizan-run.log") + ")");
	}

}
