package org.mizan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * One Mizan process at a time per data folder. The lock is taken as soon as the
 * configuration is known, before the database is opened, so a second process refuses at
 * once instead of waiting on the database's own lock. The operating system releases it
 * when the process ends, however it ends.
 */
final class DataDirectoryLock implements ApplicationListener<ApplicationEvent> {

	private final String purpose;

	private FileChannel channel;

	private FileLock lock;

	DataDirectoryLock(String purpose) {
		this.purpose = purpose;
	}

	/**
	 * Thrown when another process holds the lock; the message is one line for the
	 * operator.
	 */
	static final class BusyException extends RuntimeException {

		BusyException(String message) {
			super(message);
		}

	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			acquire(prepared);
		}
		else if (event instanceof ContextClosedEvent || event instanceof ApplicationFailedEvent) {
			release();
		}
	}

	private void release() {
		try {
			if (lock != null && lock.isValid()) {
				lock.release();
			}
			if (channel != null) {
				channel.close();
			}
		}
		catch (IOException ex) {
			// the operating system releases it when the process ends anyway
		}
	}

	/**
	 * Who holds the data folder's lock, when another process does: what it recorded in
	 * the lock file. Takes the lock for a moment when it is free, and creates nothing.
	 */
	static Optional<String> holder(Path dataDir) {
		Path file = dataDir.resolve("mizan.run.lock");
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (FileChannel probe = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
			FileLock free;
			try {
				free = probe.tryLock();
			}
			catch (java.nio.channels.OverlappingFileLockException ex) {
				free = null; // held by this very process, through another channel
			}
			if (free != null) {
				free.release();
				return Optional.empty();
			}
			return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private void acquire(ApplicationEnvironmentPreparedEvent event) {
		Path dataDir = Path.of(event.getEnvironment().getProperty("mizan.data-dir", "data"));
		Path file = dataDir.resolve("mizan.run.lock");
		try {
			Files.createDirectories(dataDir);
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.READ);
			try {
				lock = channel.tryLock();
			}
			catch (java.nio.channels.OverlappingFileLockException ex) {
				lock = null; // held by this very process (e.g. `serve` and a command in
								// one JVM)
			}
			if (lock == null) {
				String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
				channel.close();
				throw new BusyException("another Mizan process is using " + dataDir
						+ (holder.isEmpty() ? "" : " (" + holder + ")") + "; try again when it has finished");
			}
			channel.truncate(0);
			channel.write(StandardCharsets.UTF_8
				.encode("pid " + ProcessHandle.current().pid() + ", " + purpose + ", since " + Instant.now()));
			channel.force(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot lock " + file, ex);
		}
	}

}
