package org.mizan.examples;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The one reader of the example corpora: a malformed example fails instead of being
 * skipped.
 */
class ExampleCorpusTests {

	@Test
	void aLineExampleIsInputArrowExpected() {
		List<ExampleCorpus.Example> examples = ExampleCorpus.parse("t.txt",
				List.of("# a comment", "", "قتل [12] جنديا ⟶ soldier | جنديا | kill"));
		assertThat(examples).hasSize(1);
		assertThat(examples.get(0).line()).isEqualTo(3);
		assertThat(examples.get(0).fields(3)).containsExactly("soldier", "جنديا", "kill");
		assertThat(examples.get(0).marked().only().surface()).isEqualTo("12");
		assertThat(examples.get(0).marked().text()).isEqualTo("قتل 12 جنديا");
	}

	@Test
	void aMistypedArrowFails() {
		assertThatIllegalStateException()
			.isThrownBy(() -> ExampleCorpus.parse("t.txt", List.of("قتل [12] جنديا -> soldier | جنديا | kill")))
			.withMessageContaining("t.txt:1");
		assertThatIllegalStateException()
			.isThrownBy(() -> ExampleCorpus.parse("t.txt", List.of("قتل [12] جنديا → soldier | جنديا | kill")));
	}

	@Test
	void twoArrowsOrAnEmptySideFail() {
		assertThatIllegalStateException().isThrownBy(() -> ExampleCorpus.parse("t.txt", List.of("a ⟶ b ⟶ c")));
		assertThatIllegalStateException().isThrownBy(() -> ExampleCorpus.parse("t.txt", List.of("a ⟶ ")));
	}

	@Test
	void anUnclosedMarkFails() {
		ExampleCorpus.Example example = ExampleCorpus.parse("t.txt", List.of("قتل [12 جنديا ⟶ x")).get(0);
		assertThatIllegalStateException().isThrownBy(example::marked);
	}

	@Test
	void aListIsSeparatedBySemicolonsAndDashIsNone() {
		assertThat(ExampleCorpus.list("20 ; 300")).containsExactly("20", "300");
		assertThat(ExampleCorpus.list(" - ")).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> ExampleCorpus.list("20 ; "));
	}

	@Test
	void aBlockIsItsBodyLines() {
		List<ExampleCorpus.Example> examples = ExampleCorpus.parse("t.txt",
				List.of("=== one", "- a", "+ b", "=== two", "+ c"));
		assertThat(examples).extracting(ExampleCorpus.Example::name).containsExactly("one", "two");
		assertThat(examples.get(0).lines()).containsExactly("- a", "+ b");
	}

}
