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
	void anAbbreviationIsAWordOfItsOwnNotTheEndOfALongerWord() {
		// ج. and ت. are abbreviations; الناتج. and الانتخابات. end sentences
		assertThat(sentences("بلغ العجز 9% من الناتج. وقال الوزير إن الحكومة ستقترض."))
			.containsExactly("بلغ العجز 9% من الناتج.", "وقال الوزير إن الحكومة ستقترض.");
		assertThat(sentences("أعلنت نتائج الانتخابات. وقال المراقبون إنها نزيهة."))
			.containsExactly("أعلنت نتائج الانتخابات.", "وقال المراقبون إنها نزيهة.");
		assertThat(sentences("وصل (د. سمير) إلى المؤتمر.")).containsExactly("وصل (د. سمير) إلى المؤتمر.");
	}

	@Test
	void splitsAtLineBreaksIncludingCrlfAndTrims() {
		assertThat(sentences("  الفقرة الأولى\r\n\r\nالفقرة الثانية  \n")).containsExactly("الفقرة الأولى",
				"الفقرة الثانية");
	}

}
