package org.mizan.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.mizan.MizanProperties;
import org.springframework.stereotype.Component;

/**
 * What this process is doing, in {@code <data-dir>/mizan.status}: the corpus, the step
 * and how far it is. While a run holds the data folder, no other process can open the
 * database, so {@code status} reads this file instead. Written to a temporary file and
 * moved into place, at most about once a second.
 */
@Component
public class StatusBoard {

	public static final String FILE = "mizan.status";

	private static final long EVERY_NANOS = 1_000_000_000L;

	private final Path file;

	private final AtomicLong lastWrite = new AtomicLong();

	private volatile String run = "";

	private volatile String step = "";

	StatusBoard(MizanProperties properties) {
		this.file = properties.getDataDir().resolve(FILE);
	}

	void runStarted(String corpus, String runKey, long executionId) {
		run = "corpus " + corpus + ", run key " + runKey + ", execution " + executionId;
		step("starting");
	}

	void step(String what) {
		step = what;
		write(true);
	}

	void progress(long done, long total) {
		step = "extract: " + done + "/" + total + " articles";
		write(false);
	}

	void runEnded(String how) {
		step = "ended " + how;
		write(true);
		run = "";
	}

	private void write(boolean now) {
		long at = System.nanoTime();
		long last = lastWrite.get();
		if (!now && at - last < EVERY_NANOS || !lastWrite.compareAndSet(last, at)) {
			return;
		}
		String text = "pid " + ProcessHandle.current().pid() + "\n" + run + "\nstep: " + step + "\nas of "
				+ Instant.now() + "\n";
		try {
			Path temp = file.resolveSibling(FILE + ".part");
			Files.writeString(temp, text, StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			// the status is a courtesy: a full disk must not fail the run here
		}
	}

	/** What the process holding {@code dataDir} last wrote, or null. */
	public static String read(Path dataDir) {
		try {
			return Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			return null;
		}
	}

}
