package org.mizan.examples;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.examples.ExampleCorpus.FactNames;
import org.mizan.examples.ExampleCorpus.YamlCase;
import org.mizan.examples.ExampleCorpus.YamlNotation;

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

	private static final YamlNotation MARKS = new YamlNotation(Set.of("date", "src"),
			Set.of("together", "apart", "status"), FactNames.MARKS);

	private static final YamlNotation WORDS = new YamlNotation(Set.of(), Set.of("together", "no-row"), FactNames.WORDS);

	private static List<YamlCase> marks(String articles, String expect) {
		return ExampleCorpus.parseYaml("t.yml", """
				- name: one
				  articles:
				%s
				  expect:
				%s
				""".formatted(articles.indent(4), expect.indent(4)), MARKS);
	}

	@Test
	void aYamlCaseHasArticlesWithMarkedTextsAndExpectations() {
		List<YamlCase> cases = marks("""
				a: {source: وكالة الشمال, text: "وصل [نحو 100] مقاتل في [2019|date=2019]."}
				b: {copyOf: a, text: "وصل [100|src=مصدر] مقاتل."}""", """
				- {together: [a#1, b#1], status: CONSISTENT}
				- {apart: [a#1, a#2]}""");
		assertThat(cases).hasSize(1);
		YamlCase one = cases.get(0);
		assertThat(one).hasToString("t.yml#1 one");
		assertThat(one.articles()).containsOnlyKeys("a", "b");
		ExampleCorpus.Article a = one.articles().get("a");
		assertThat(a.source()).isEqualTo("وكالة الشمال");
		assertThat(a.text().text()).isEqualTo("وصل نحو 100 مقاتل في 2019.");
		assertThat(a.text().marks()).extracting(ExampleCorpus.Mark::surface).containsExactly("نحو 100", "2019");
		assertThat(a.text().marks().get(1).keyValues()).containsEntry("date", "2019");
		assertThat(one.articles().get("b").copyOf()).isEqualTo("a");
		assertThat(one.expect()).extracting(ExampleCorpus.Expect::kind).containsExactly("together", "apart");
		assertThat(one.expect().get(0).status()).isEqualTo("CONSISTENT");
		assertThat(one.expect().get(0).facts()).extracting(ExampleCorpus.FactName::mark).containsExactly(1, 1);
	}

	@Test
	void aMalformedYamlCaseFailsNamingFileCaseAndReason() {
		String a = "a: {text: \"وصل [100] مقاتل.\"}";
		String ok = "- {together: [a#1]}";
		assertThatIllegalStateException().isThrownBy(() -> marks("a: {text: \"وصل [100 مقاتل.\"}", ok))
			.withMessageContaining("t.yml#1 one, article a")
			.withMessageContaining("not closed");
		assertThatIllegalStateException().isThrownBy(() -> marks("a: {text: \"وصل [100|unit=USD] مقاتل.\"}", ok))
			.withMessageContaining("t.yml#1 one: article a")
			.withMessageContaining("an unknown option unit");
		assertThatIllegalStateException().isThrownBy(() -> marks("a: {text: \"وصل [100|date] مقاتل.\"}", ok))
			.withMessageContaining("not key=value");
		assertThatIllegalStateException().isThrownBy(() -> marks(a, "- {together: [a#2]}"))
			.withMessageContaining("t.yml#1 one: no fact a#2");
		assertThatIllegalStateException().isThrownBy(() -> marks(a, "- {together: [c#1]}"))
			.withMessageContaining("no fact c#1");
		assertThatIllegalStateException().isThrownBy(() -> marks(a, "- {togther: [a#1]}"))
			.withMessageContaining("t.yml#1 one: an unknown expect key togther");
		assertThatIllegalStateException().isThrownBy(() -> marks(a, "- {apart: [a#1]}"))
			.withMessageContaining("apart is not a list of two facts");
		assertThatIllegalStateException().isThrownBy(() -> marks(a, "- {apart: [a#1, a#1], status: CONSISTENT}"))
			.withMessageContaining("status");
		assertThatIllegalStateException().isThrownBy(() -> marks("a: {text: x, copyOf: b}", "- {together: [a#1]}"))
			.withMessageContaining("a copy of b");
		assertThatIllegalStateException().isThrownBy(() -> marks("a: {txt: x}", ok))
			.withMessageContaining("an unknown key txt");
	}

	@Test
	void aYamlStatementIsNamedByWordsItsArticleSays() {
		String corpus = """
				- name: words
				  articles:
				    a: التقى الرئيس بالوزير في العاصمة.
				  expect:
				    - together: ["a: التقى"]
				    - no-row: "a: %s"
				""";
		YamlCase one = ExampleCorpus.parseYaml("w.yml", corpus.formatted("العاصمة"), WORDS).get(0);
		assertThat(one.articles().get("a").text().marks()).isEmpty();
		assertThat(one.expect().get(0).facts().get(0).words()).isEqualTo("التقى");
		assertThatIllegalStateException()
			.isThrownBy(() -> ExampleCorpus.parseYaml("w.yml", corpus.formatted("الميناء"), WORDS))
			.withMessageContaining("w.yml#1 words: no fact a: الميناء");
	}

}
