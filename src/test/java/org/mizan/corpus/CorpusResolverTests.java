package org.mizan.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus by name resolves only inside the configured roots; a path must be a folder. */
class CorpusResolverTests {

	@TempDir
	Path work;

	@Test
	void aConfiguredNameResolvesToItsFolder() throws Exception {
		Path root = Files.createDirectories(work.resolve("corpora"));
		Path story = Files.createDirectories(root.resolve("story"));
		CorpusResolver resolver = new CorpusResolver(Map.of("story", story.toString()), List.of(root.toString()));

		assertThat(resolver.resolve("story")).isEqualTo(new Corpus("story", story));
		assertThat(resolver.names()).containsExactly("story");
	}

	@Test
	void aNameThatEscapesTheRootsIsRefused() throws Exception {
		Path root = Files.createDirectories(work.resolve("corpora"));
		Files.createDirectories(work.resolve("private"));
		CorpusResolver resolver = new CorpusResolver(Map.of("sneaky", root.resolve("../private").toString()),
				List.of(root.toString()));

		assertThatIllegalArgumentException().isThrownBy(() -> resolver.resolve("sneaky"))
			.withMessageContaining("outside the configured corpus roots");
	}

	@Test
	void aPathMustBeAnExistingFolder() throws Exception {
		CorpusResolver resolver = new CorpusResolver(Map.of(), List.of(work.toString()));
		Path file = Files.writeString(work.resolve("article.txt"), "نص");

		assertThatIllegalArgumentException().isThrownBy(() -> resolver.resolve(work.resolve("nowhere").toString()))
			.withMessageContaining("does not exist");
		assertThatIllegalArgumentException().isThrownBy(() -> resolver.resolve(file.toString()))
			.withMessageContaining("not a folder");
		assertThatIllegalArgumentException().isThrownBy(() -> resolver.resolve("unknown-name"))
			.withMessageContaining("no corpus named");
		assertThat(resolver.resolve(work.toString()).folder()).isEqualTo(work);
	}

}
