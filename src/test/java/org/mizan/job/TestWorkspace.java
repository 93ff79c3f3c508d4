package org.mizan.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh folder for one test class's database and reports, created before its Spring context starts. */
final class TestWorkspace {

	private TestWorkspace() {
	}

	static Path create(String name) {
		try {
			Path dir = Files.createTempDirectory("mizan-" + name + "-");
			// left for the OS to clean: deleting it in a shutdown hook would race the database's own shutdown
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void register(Path dir, DynamicPropertyRegistry registry) {
		registry.add("mizan.data-dir", () -> dir.resolve("data").toString());
		registry.add("mizan.reports-dir", () -> dir.resolve("reports").toString());
	}

}
