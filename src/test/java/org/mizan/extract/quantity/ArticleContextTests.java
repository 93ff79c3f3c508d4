package org.mizan.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.text.TextSpan;

class ArticleContextTests {

	private static final String TEXT = "قال المرصد إنّ ٣٠٠ مقاتلٍ وصلوا. وقال المرصد لاحقاً: وصل المقاتلون.";

	private static final int SECOND = TEXT.indexOf("وقال");

	private final ArticleContext ctx = new ArticleContext(TEXT,
			List.of(new TextSpan(0, SECOND), new TextSpan(SECOND, TEXT.length())));

	@Test
	void aSentencesTokensAreItsWordsNormalizedWithTheirOffsets() {
		List<Token> tokens = ctx.tokens(0);
		assertThat(tokens).extracting(Token::norm).containsExactly("قال", "المرصد", "ان", "300", "مقاتل", "وصلوا");
		assertThat(tokens.get(4).surface(TEXT)).isEqualTo("مقاتلٍ");
		assertThat(ctx.tokens(1)).extracting(Token::norm)
			.containsExactly("وقال", "المرصد", "لاحقا", "وصل", "المقاتلون");
	}

	@Test
	void aProcliticIsStrippedWhenTheArticleHasTheRestAsAWord() {
		// وقال: the article also has قال; وصلوا: it has no صلوا
		assertThat(ctx.tokens(1).get(0).stem()).isEqualTo("قال");
		assertThat(ctx.tokens(0).get(5).stem()).isEqualTo("وصلوا");
		assertThat(ctx.tokens(1).get(4).stem()).isEqualTo("مقاتلون");
	}

	@Test
	void aWordIsCountedBareOrWithOneProclitic() {
		assertThat(ctx.count("قال")).isEqualTo(2);
		assertThat(ctx.count("المرصد")).isEqualTo(2);
		assertThat(ctx.count("غائب")).isZero();
	}

	@Test
	void aSpanThatCutsAWordCutsItsToken() {
		int word = TEXT.indexOf("مقاتلٍ");
		ArticleContext cut = new ArticleContext(TEXT,
				List.of(new TextSpan(0, word + 3), new TextSpan(word + 3, TEXT.length())));
		assertThat(cut.tokens(0)).last().extracting(Token::norm).isEqualTo("مقا");
		assertThat(cut.tokens(1)).first().satisfies(t -> {
			assertThat(t.norm()).isEqualTo("تل");
			assertThat(t.start()).isEqualTo(word + 3);
		});
	}

}
