package org.mizan.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.text.TextSpan;

/**
 * A source is cut exactly where its name ends (the example corpus checks names by
 * containment only).
 */
class SourceSpanTests {

	private static final AttributionAnalyzer ANALYZER = new AttributionAnalyzer();

	@ParameterizedTest(name = "{0} ⟶ {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					وقدّرت المديرية العامة للطرق الكلفة الإجمالية للأشغال بـ3 ملايين دينار.     | 3 ملايين | المديرية العامة للطرق
					وأعلنت وزارة الخارجية الإفراج عن 25 صيادا محتجزين.                         | 25       | وزارة الخارجية
					وقرر رئيس الحكومة إعلان حالة الطوارئ لمدة 30 يوما.                          | 30       | رئيس الحكومة
					وقالت المتحدثة باسم البلدية للموقع إن 14 حافلة جديدة دخلت الخدمة.            | 14       | المتحدثة باسم البلدية
					وأوضح المصدر، الذي طلب عدم كشف هويته، أن الشحنة تضم 40 طنا من القمح.       | 40       | المصدر
					وحدد البنك المركزي يوم 12 مارس موعدا لاجتماعه المقبل.                       | 12 مارس  | البنك المركزي
					""")
	void theNameEndsWhereTheStatementBegins(String text, String figure, String source) {
		int at = text.indexOf(figure);
		String name = ANALYZER.analyze(text, TestSentences.of(text))
			.sourceFor(new TextSpan(at, at + figure.length()))
			.name();
		assertThat(name).isEqualTo(source);
	}

}
