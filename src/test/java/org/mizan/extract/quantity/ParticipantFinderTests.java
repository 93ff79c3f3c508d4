package org.mizan.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.text.TextSpan;

class ParticipantFinderTests {

	private final ParticipantFinder finder = new ParticipantFinder(new QuantityLexicon());

	private Set<String> names(String sentence) {
		ArticleContext ctx = new ArticleContext(sentence, List.of(new TextSpan(0, sentence.length())));
		return finder.names(ctx, 0, 0, 0);
	}

	@Test
	void theSecondTermOfAConstructIsAName() {
		assertThat(names("أغلقت الحكومة سفارة كندا بعد الحادث.")).contains("كندا");
	}

	@Test
	void aWordAfterAParticleIsNoConstructAndNoName() {
		// ما زالت: "still"; إن فرق: "that the teams"
		assertThat(names("وقال المتحدث إن فرق الإنقاذ ما زالت تبحث في مأرب.")).contains("مارب")
			.doesNotContain("زالت", "فرق");
	}

}
