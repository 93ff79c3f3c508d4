package org.mizan.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh folder for one test class's database and reports, created before its Spring
 * context starts, under {@code target/test-work} (removed by {@code mvn clean}), never in
 * the system's temporary folder.
 */
final class TestWorkspace {

	private TestWorkspace() {
	}

	static Path create(String name) {
		try {
			Path base = Files.createDirectories(Path.of("target", "test-work"));
			// left for `mvn clean`: deleting it in a shutdown hook would race the
			// database's own shutdown
			return Files.createTempDirectory(base, name + "-").toAbsolutePath();
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
