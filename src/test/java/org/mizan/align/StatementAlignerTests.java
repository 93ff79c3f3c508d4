package org.mizan.align;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.extract.Hedge;

import static org.assertj.core.api.Assertions.assertThat;

class StatementAlignerTests {

	private static AlignStatement statement(String id, String article, String source, Hedge hedge, String key) {
		return new AlignStatement(id, article, null, 0, source, source, hedge, key, key);
	}

	@Test
	void aStatementStatedAsFactInOneArticleAndLeakedInAnotherDrifts() {
		List<Finding> findings = new StatementAligner()
			.align(List.of(statement("s1", "a", null, null, "التقى سرا قائد الرئيس اجتماع"),
					statement("s2", "b", "ناشط", Hedge.LEAKED, "التقى سرا قائد الرئيس تسريبات"),
					statement("s3", "c", null, null, "الامطار غزيرة العاصمة")));
		assertThat(findings).hasSize(1);
		assertThat(findings.get(0).status()).isEqualTo(FindingStatus.HEDGE_DRIFT);
		assertThat(findings.get(0).factIds()).containsExactly("s1", "s2");
		assertThat(findings.get(0).values()).containsExactly("stated — — (a)", "leaked — ناشط (b)");
	}

	@Test
	void oneOutletRelayedByThreeArticlesIsOneSource() {
		List<Finding> findings = new StatementAligner()
			.align(List.of(statement("s1", "a", "الصحيفة", null, "زيارة سرية قائد العاصمة"),
					statement("s2", "b", "الصحيفة", null, "زيارة سرية قائد العاصمة مهدت"),
					statement("s3", "c", "الصحيفة", null, "زيارة سرية قائد العاصمة")));
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.status()).isEqualTo(FindingStatus.SINGLE_SOURCE);
			assertThat(f.sources()).isEqualTo(1);
			assertThat(f.articles()).isEqualTo(3);
		});
	}

	@Test
	void articlesRetellingOneSourceInTheirOwnWordsAreGroupedAndAClaimAmongThemDrifts() {
		// one outlet's story, retold: the same key words, each article with words of its
		// own (Jaccard < 0.5)
		List<Finding> findings = new StatementAligner().align(List.of(
				statement("s1", "a", "الصحيفة", null,
						"معلومات جديدة زيارة سرية وزير عاصمة مهدت استئناف علاقات تجارية جولة"),
				statement("s2", "b", "الصحيفة", Hedge.CLAIMED, "قام وزير زيارة سرية عاصمة مباشرة اجتماعات عقدها ميناء"),
				statement("s3", "c", "الصحيفة", null, "وفد حكومي زيارة سرية وزير عاصمة مهدت استئناف علاقات")));
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.articles()).isEqualTo(3);
			assertThat(f.status()).isEqualTo(FindingStatus.HEDGE_DRIFT);
		});
	}

	@Test
	void differentSourcesRetellingInTheirOwnWordsStayApart() {
		List<Finding> findings = new StatementAligner().align(List.of(
				statement("s1", "a", "الصحيفة", null,
						"معلومات جديدة زيارة سرية وزير عاصمة مهدت استئناف علاقات تجارية جولة"),
				statement("s2", "b", "الوكالة", null, "قام وزير زيارة سرية عاصمة مباشرة اجتماعات عقدها ميناء")));
		assertThat(findings).isEmpty();
	}

	@Test
	void twoSourcesSayingTheSameAreConsistentAndDifferentStatementsStayApart() {
		List<Finding> findings = new StatementAligner()
			.align(List.of(statement("s1", "a", "وكالة", null, "وقف اطلاق النار هدنة الطرفين"),
					statement("s2", "b", "صحيفة", null, "وقف اطلاق النار هدنة"),
					statement("s3", "b", "صحيفة", null, "انتخابات برلمانية موعد")));
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.status()).isEqualTo(FindingStatus.CONSISTENT);
			assertThat(f.factIds()).containsExactly("s1", "s2");
		});
	}

	@Test
	void aDenialDriftsOnlyAgainstAnotherArticle() {
		List<Finding> findings = new StatementAligner()
			.align(List.of(statement("s1", "a", null, null, "قصف المستشفى الطائرات"),
					statement("s2", "a", "الجيش", Hedge.DENIED, "قصف المستشفى الطائرات"),
					statement("s3", "b", "الجيش", Hedge.DENIED, "قصف المستشفى الطائرات")));
		assertThat(findings).singleElement()
			.satisfies(f -> assertThat(f.status()).isEqualTo(FindingStatus.HEDGE_DRIFT));
		assertThat(new StatementAligner().align(List.of(statement("s1", "a", null, null, "قصف المستشفى الطائرات"),
				statement("s2", "a", "الجيش", Hedge.DENIED, "قصف المستشفى الطائرات"))))
			.isEmpty();
	}

}
