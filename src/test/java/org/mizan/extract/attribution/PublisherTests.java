package org.mizan.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mizan.extract.SourceRef;
import org.mizan.text.TextSpan;

/**
 * Who published an article (the {@code Articles} sheet's Outlet), and what a credit line
 * does to its sources.
 */
class PublisherTests {

	private static final AttributionAnalyzer ANALYZER = new AttributionAnalyzer();

	private static ArticleAttributions analyze(String text) {
		return ANALYZER.analyze(text, TestSentences.of(text));
	}

	@Test
	void theMastheadNamesThePublisherNotTheOutletTheArticleCites() {
		String text = "ارتفاع أسعار الخبز في العاصمة\nجريدة النهار الجديد | الرباط | 12-03-2026 | 09:10\n\n"
				+ "قالت صحيفة لوفيغارو الفرنسية إن أسعار الخبز ارتفعت بنسبة 12% خلال شهر واحد.";
		assertThat(analyze(text).publisher()).isEqualTo("جريدة النهار الجديد");
	}

	@Test
	void anOutletNameMayEndWithANumber() {
		String text = "انقطاع الكهرباء عن أحياء المدينة\nقناة 21 | عمان | الأحد 3 مايو 2026\n\nانقطعت الكهرباء عن 30 حيا.";
		assertThat(analyze(text).publisher()).isEqualTo("قناة 21");
	}

	@Test
	void aBylineNamesThePublisherWhenThereIsNoMasthead() {
		String text = "افتتاح معرض الكتاب\nالوادي نيوز\n\nافتتح وزير الثقافة معرض الكتاب بمشاركة 300 دار نشر.";
		assertThat(analyze(text).publisher()).isEqualTo("الوادي نيوز");
	}

	@Test
	void aReprintNamesTheOriginalButKeepsItsOwnSentencesUnattributed() {
		String text = "تراجع صادرات القمح\nموقع السهل | القاهرة | 21-11-2025\nالمصدر: وكالة الأنباء الوطنية\n\n"
				+ "أعلنت وزارة الزراعة أن الصادرات تراجعت إلى 3 ملايين طن هذا العام بسبب الجفاف الذي ضرب المناطق الزراعية.\n\n"
				+ "ويبلغ عدد المطاحن في البلاد 140 مطحنة تعمل معظمها بطاقة منخفضة منذ مطلع الموسم الزراعي الحالي.";
		ArticleAttributions article = analyze(text);
		assertThat(article.publisher()).isEqualTo("وكالة الأنباء الوطنية");
		int stated = text.indexOf("3 ملايين");
		SourceRef ministry = article.sourceFor(new TextSpan(stated, stated + 8));
		assertThat(ministry.name()).isEqualTo("وزارة الزراعة");
		assertThat(ministry.via()).containsExactly("وكالة الأنباء الوطنية");
		int own = text.indexOf("140");
		assertThat(article.sourceFor(new TextSpan(own, own + 3)).name()).isNull();
	}

	@Test
	void aPhotoCreditIsNoOrigin() {
		String text = "زيارة الرئيس إلى المدينة\n\nزار الرئيس المدينة والتقى 40 من وجهائها.\nمصدر الصورة: وكالة الأنباء الوطنية";
		assertThat(analyze(text).publisher()).isNull();
	}

}
