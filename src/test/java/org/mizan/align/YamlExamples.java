package org.mizan.align;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.yaml.snakeyaml.Yaml;

/**
 * The cases of a YAML example corpus (a list of maps, each with a {@code name}), one
 * parameterized test each.
 */
final class YamlExamples {

	private YamlExamples() {
	}

	static Stream<Arguments> named(String resource) throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("src/test/resources/examples", resource))) {
			List<Map<String, Object>> cases = new Yaml().load(in);
			return cases.stream().map(c -> Arguments.of(Named.of((String) c.get("name"), c)));
		}
	}

}
