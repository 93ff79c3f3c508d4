package org.mizan.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mizan.corpus.CorpusResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The few settings a command checks before the application context starts (a bad corpus
 * name is answered in a fraction of a second, and nothing is created for it): read from
 * {@code ./config/application.yml} (and {@code application-<profile>.yml} of the active
 * profiles), then overridden by system properties and environment variables, as Spring
 * Boot does for these keys.
 */
final class OperatorConfig {

	static final Path CONFIG_DIR = Path.of("config");

	private final Map<String, Object> settings;

	private OperatorConfig(Map<String, Object> settings) {
		this.settings = settings;
	}

	/** Whether the working folder holds {@code config/application.yml}. */
	static boolean present() {
		return Files.isRegularFile(CONFIG_DIR.resolve("application.yml"));
	}

	/** The line that says why a command cannot run here. */
	static String missingLine() {
		return "no config/application.yml in " + Path.of("").toAbsolutePath() + ": run Mizan from the folder that "
				+ "holds config/ (the project folder); nothing was created";
	}

	static OperatorConfig load() {
		Map<String, Object> merged = new LinkedHashMap<>();
		merge(merged, CONFIG_DIR.resolve("application.yml"));
		String profiles = setting("spring.profiles.active", null);
		if (profiles != null) {
			for (String profile : profiles.split(",")) {
				merge(merged, CONFIG_DIR.resolve("application-" + profile.strip() + ".yml"));
			}
		}
		return new OperatorConfig(merged);
	}

	@SuppressWarnings("unchecked")
	private static void merge(Map<String, Object> into, Path file) {
		if (!Files.isRegularFile(file)) {
			return;
		}
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Object loaded = new Yaml(new LoaderOptions()).load(in);
			if (loaded instanceof Map<?, ?> map && map.get("mizan") instanceof Map<?, ?> mizan) {
				into.putAll((Map<String, Object>) mizan);
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalArgumentException(
					"cannot read " + file + ": " + ex.getMessage().lines().findFirst().orElse(""));
		}
	}

	/**
	 * A system property, else the environment variable Spring Boot maps to it, else the
	 * fallback.
	 */
	private static String setting(String key, String fallback) {
		String value = System.getProperty(key);
		if (value == null) {
			value = System.getenv(key.toUpperCase(Locale.ROOT).replace(".", "_").replace("-", ""));
		}
		return value != null ? value : fallback;
	}

	Path dataDir() {
		return Path.of(setting("mizan.data-dir", String.valueOf(settings.getOrDefault("data-dir", "data"))));
	}

	Path reportsDir() {
		return Path.of(setting("mizan.reports-dir", String.valueOf(settings.getOrDefault("reports-dir", "reports"))));
	}

	String cron() {
		Object schedule = settings.get("schedule");
		Object cron = schedule instanceof Map<?, ?> map ? map.get("cron") : null;
		return setting("mizan.schedule.cron", cron == null ? "0 0 2 * * *" : cron.toString());
	}

	CorpusResolver resolver() {
		Map<String, String> corpora = new LinkedHashMap<>();
		if (settings.get("corpora") instanceof Map<?, ?> map) {
			map.forEach((name, folder) -> corpora.put(String.valueOf(name), String.valueOf(folder)));
		}
		List<String> roots = new ArrayList<>();
		String given = setting("mizan.corpus-roots", null);
		if (given != null) {
			for (String root : given.split(",")) {
				roots.add(root.strip());
			}
		}
		else if (settings.get("corpus-roots") instanceof List<?> list) {
			list.forEach(root -> roots.add(String.valueOf(root)));
		}
		else if (settings.get("corpus-roots") != null) {
			roots.add(String.valueOf(settings.get("corpus-roots")));
		}
		else {
			roots.add(".");
		}
		return new CorpusResolver(corpora, roots);
	}

}
