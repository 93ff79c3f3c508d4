package org.mizan.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTests {

	private final QuantityLexicon lexicon = new QuantityLexicon();

	@Test
	void aWordSeenBeforeIsTheSameWordWithItsAnswers() {
		Word first = Word.of("مقاتل", "مقاتل");
		assertThat(Word.of("مقاتل", "مقاتل")).isSameAs(first);
		assertThat(lexicon.unit(first)).isNotNull();
	}

	@Test
	void aWordWhoseArticleStripsItDifferentlyKeepsItsOwnBareForm() {
		// وبريد: "بريد" in an article that has the word alone, "وبريد" in one that has
		// not
		Word kept = Word.of("وبريد", "وبريد");
		Word stripped = Word.of("وبريد", "بريد");
		assertThat(stripped).isNotSameAs(kept);
		assertThat(stripped.stem).isEqualTo("بريد");
		assertThat(stripped.candidates()).contains("بريد");
		assertThat(kept.stem).isEqualTo("وبريد");
	}

	@Test
	void aThreadKeepsABoundedNumberOfWords() {
		Word first = Word.of("كلمه0", "كلمه0");
		for (int i = 1; i <= Word.KEPT; i++) {
			Word.of("كلمه" + i, "كلمه" + i);
		}
		// the words were forgotten once there were too many: the first is read again
		Word again = Word.of("كلمه0", "كلمه0");
		assertThat(again).isNotSameAs(first);
		assertThat(Word.of("كلمه0", "كلمه0")).isSameAs(again);
	}

}
