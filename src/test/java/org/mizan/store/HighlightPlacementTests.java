package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the report highlights a fact in its sentence. */
class HighlightPlacementTests {

	static final String SENTENCE = "إلى شهر حزيران المقبل، ثم في حزيران.";

	@Test
	void theStoredOffsetsPlaceTheHighlightEvenWhenTheSurfaceOccursTwice() {
		int second = SENTENCE.lastIndexOf("حزيران");
		assertThat(JdbcReportSource.mark(SENTENCE, "حزيران", 1000 + second, 1000 + second + 6, 1000))
			.containsExactly(second, second + 6);
	}

	@Test
	void rowsStoredBeforeTheSentenceStartFallBackToTheFirstPlaceOfTheSurface() {
		int first = SENTENCE.indexOf("حزيران");
		assertThat(JdbcReportSource.mark(SENTENCE, "حزيران", 5000, 5006, null)).containsExactly(first, first + 6);
		assertThat(JdbcReportSource.mark(SENTENCE, "تموز", 5000, 5004, null)).containsExactly(0, 0);
		// offsets that do not fit the sentence are not trusted
		assertThat(JdbcReportSource.mark(SENTENCE, "حزيران", 10, 16, 900)).containsExactly(first, first + 6);
	}

}
