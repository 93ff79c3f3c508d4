package org.mizan.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus by name resolves only inside the configured roots; a path must be a folder.
 */
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

	@Test
	void aPathOutsideTheRootsIsRefusedHoweverItIsWritten() throws Exception {
		// given the working folder's corpora as the only root
		Path root = Files.createDirectories(work.resolve("corpora"));
		CorpusResolver resolver = new CorpusResolver(Map.of(), List.of(root.toString()));
		Files.createSymbolicLink(root.resolve("etc-link"), Path.of("/etc"));

		// then /etc, a climb out of the root and a link inside the root that leads out
		// are all refused
		try {
			for (String typed : List.of("/etc", root.resolve("../../../../../../etc").toString(),
					root.resolve("etc-link").toString())) {
				assertThatIllegalArgumentException().as(typed)
					.isThrownBy(() -> resolver.resolve(typed))
					.withMessageContaining("outside the configured corpus roots");
			}
		}
		finally {
			Files.delete(root.resolve("etc-link"));
		}
	}

	@Test
	void aConfiguredCorpusThatIsALinkToAFolderOutsideTheRootsIsRefused() throws Exception {
		Path root = Files.createDirectories(work.resolve("corpora"));
		Path outside = Files.createDirectories(work.resolve("outside"));
		Files.createSymbolicLink(root.resolve("story"), outside);
		CorpusResolver resolver = new CorpusResolver(Map.of("story", root.resolve("story").toString()),
				List.of(root.toString()));

		assertThatIllegalArgumentException().isThrownBy(() -> resolver.resolve("story"))
			.withMessageContaining("outside the configured corpus roots");
	}

	@Test
	void aConfiguredNameMustBeAPlainIdentifier() throws Exception {
		// a name is a folder under the reports folder: '../../escape' would write two
		// folders above it
		Path root = Files.createDirectories(work.resolve("corpora"));
		Files.createDirectories(root.resolve("story"));
		CorpusResolver resolver = new CorpusResolver(
				Map.of("../../escape", root.resolve("story").toString(), ".hidden", root.resolve("story").toString()),
				List.of(root.toString()));

		assertThatIllegalArgumentException().isThrownBy(() -> resolver.resolve("../../escape"))
			.withMessageContaining("not a plain name");
		assertThatIllegalArgumentException().isThrownBy(() -> resolver.resolve(".hidden"))
			.withMessageContaining("not a plain name");
		assertThat(CorpusResolver.isPlainName("seeds")).isTrue();
		assertThat(CorpusResolver.isPlainName("قصة-17")).isTrue();
		assertThat(CorpusResolver.isPlainName("..")).isFalse();
		assertThat(CorpusResolver.isPlainName("a/b")).isFalse();
	}

	@Test
	void theConfiguredFolderGivenByPathKeepsItsConfiguredName() throws Exception {
		Path root = Files.createDirectories(work.resolve("corpora"));
		Path story = Files.createDirectories(root.resolve("story-folder"));
		CorpusResolver resolver = new CorpusResolver(Map.of("story", story.toString()), List.of(root.toString()));

		assertThat(resolver.resolve(story.toString())).isEqualTo(new Corpus("story", story.toRealPath(), true));
		assertThat(resolver.resolve(story.toString() + "/").name()).isEqualTo("story");
	}

}
