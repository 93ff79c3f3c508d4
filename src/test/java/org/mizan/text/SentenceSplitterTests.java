package org.mizan.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTests {

	private final SentenceSplitter splitter = new SentenceSplitter();

	private List<String> sentences(String text) {
		return this.splitter.split(text).stream().map(s -> s.of(text)).toList();
	}

	@Test
	void splitsAfterArabicQuestionMarkAndFullStop() {
		assertThat(sentences("هل وصل الوفد؟ نعم وصل. ثم غادر!")).containsExactly("هل وصل الوفد؟", "نعم وصل.",
				"ثم غادر!");
	}

	@Test
	void doesNotSplitAfterAbbreviations() {
		assertThat(sentences("قال د. أحمد إن الوفد وصل. ثم غادر.")).containsExactly("قال د. أحمد إن الوفد وصل.",
				"ثم غادر.");
	}

	@Test
	void splitsAtLineBreaksIncludingCrlfAndTrims() {
		assertThat(sentences("  الفقرة الأولى\r\n\r\nالفقرة الثانية  \n")).containsExactly("الفقرة الأولى",
				"الفقرة الثانية");
	}

}
