package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The names in a Sources cell: sorted, distinct, and bounded however many articles cite a
 * source.
 */
class SourceSummaryListedTests {

	@Test
	void namesAreSortedAndDistinct() {
		SourceSummary.Listed listed = new SourceSummary.Listed();
		listed.add("b.txt");
		listed.add("a.txt");
		listed.add("b.txt");
		assertThat(listed).hasToString("a.txt\nb.txt");
	}

	@Test
	void beyondTheShownNamesOnlyHowManyMoreIsKept() {
		SourceSummary.Listed listed = new SourceSummary.Listed();
		for (int i = 0; i < 1000; i++) {
			listed.add(String.format("%04d.txt", i));
			listed.add(String.format("%04d.txt", i));
		}
		String cell = listed.toString();
		assertThat(cell.lines()).hasSize(SourceSummary.Listed.SHOWN + 1);
		assertThat(cell).startsWith("0000.txt\n0001.txt").endsWith("\n… 900 more");
	}

}
