package org.mizan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Turns a failure the operator can meet into one line that says what happened and what to
 * do; the stack trace goes to the log file in the data folder, never to the console.
 */
final class Faults {

	static final String LOG_FILE = "mizan-run.log";

	private Faults() {
	}

	/** The line for the operator, with the advice for the faults they can fix. */
	static String explain(Throwable ex, Path dataDir) {
		if (isDiskFull(ex)) {
			return "the disk holding " + dataDir.toAbsolutePath().normalize() + " is full (" + freeMegabytes(dataDir)
					+ " MB free): free some space, then `mizan recover` continues the run where it stopped";
		}
		if (isDatabaseFault(ex)) {
			Path database = dataDir.resolve("mizan.script").toAbsolutePath().normalize();
			return "the database in " + dataDir.toAbsolutePath().normalize() + " cannot be opened (" + database + ": "
					+ rootMessage(ex) + "); it looks damaged: move the folder aside (mv " + dataDir + " " + dataDir
					+ ".damaged) and run again: Mizan rebuilds it from the corpora, and the verdicts come "
					+ "back from the workbooks in the reports folder";
		}
		Throwable root = root(ex);
		return root.getClass().getSimpleName() + ": " + rootMessage(ex) + " (details in " + dataDir.resolve(LOG_FILE)
				+ ")";
	}

	/** Appends the stack trace to the data folder's log file, when it can be written. */
	static void record(Throwable ex, Path dataDir, String command) {
		if (!Files.isDirectory(dataDir)) {
			return;
		}
		StringWriter trace = new StringWriter();
		try (PrintWriter out = new PrintWriter(trace)) {
			out.println(Instant.now() + " ERROR mizan " + command + " failed:");
			ex.printStackTrace(out);
		}
		try {
			Files.writeString(dataDir.resolve(LOG_FILE), trace.toString(), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ignored) {
			// a full disk: the one line on the console is all there is
		}
	}

	static boolean isDiskFull(Throwable ex) {
		return org.mizan.job.DiskFull.causes(ex);
	}

	/**
	 * A fault raised by the database engine itself, or by the migrations finding its
	 * tables in a bad state.
	 */
	static boolean isDatabaseFault(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String type = t.getClass().getName();
			if (type.startsWith("org.hsqldb.") || type.startsWith("org.flywaydb.")) {
				return true;
			}
			StackTraceElement[] frames = t.getStackTrace();
			if (frames.length > 0 && frames[0].getClassName().startsWith("org.hsqldb.")) {
				return true;
			}
		}
		return false;
	}

	private static Throwable root(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = root(ex);
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		message = message.replaceAll("\\s+", " ").strip();
		return message.length() > 200 ? message.substring(0, 200) + "…" : message;
	}

	private static long freeMegabytes(Path dataDir) {
		try {
			Path existing = dataDir.toAbsolutePath();
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			return existing == null ? -1 : Files.getFileStore(existing).getUsableSpace() / (1024 * 1024);
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
