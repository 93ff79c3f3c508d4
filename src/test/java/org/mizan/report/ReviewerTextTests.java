package org.mizan.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reviewer reads in the right-to-left cells: Latin runs in their order, dates in
 * Arabic.
 */
class ReviewerTextTests {

	static final String FILE = "004_860fdb7c9942b757.txt";

	@Test
	void aFileNameInsideAnArabicLineIsIsolatedLeftToRight() {
		String values = "about 300 — مصدر دولي موثوق به (" + FILE + ")\n1,500 — أحد المصادر (" + FILE + ")";
		String shown = BidiText.isolate(values);
		assertThat(shown).contains("(\u2066" + FILE + "\u2069)")
			.contains("\u2066about 300\u2069 — ")
			.contains("\u20661,500\u2069 — ");
		assertThat(BidiText.strip(shown)).isEqualTo(values);
		assertThat(BidiText.isolate(shown)).as("isolating twice adds nothing").isEqualTo(shown);
	}

	@Test
	void plainWordsAndNumbersAndArabicAreLeftAsTheyAre() {
		assertThat(BidiText.isolate("46 — صحيفة")).isEqualTo("46 — صحيفة");
		assertThat(BidiText.isolate("لوموند")).isEqualTo("لوموند");
		assertThat(BidiText.isolate("+1+2")).isEqualTo("+1+2");
		assertThat(BidiText.isolate(null)).isNull();
		assertThat(BidiText.isolate("800–1,500 — “سُوّيداء-24″")).startsWith("\u2066800–1,500\u2069 — ");
	}

	@Test
	void partialDatesAreWrittenAsPeopleWriteThemWithTheLevantineAndEgyptianNamesPaired() {
		DateWriting dates = DateWriting
			.of(List.of("نهاية كانون الثاني الماضي", "شهر حزيران المقبل", "نهاية شهر يناير"));
		assertThat(dates.write("--01")).isEqualTo("كانون الثاني/يناير");
		assertThat(dates.write("2018-10-07")).isEqualTo("7 تشرين الأول/أكتوبر 2018");
		assertThat(dates.write("--03-03")).isEqualTo("3 آذار/مارس");
		assertThat(dates.write("2018-12")).isEqualTo("كانون الأول/ديسمبر 2018");
		assertThat(dates.write("2012")).isEqualTo("2012");
		assertThat(dates.write("not a date")).isEqualTo("not a date");
		assertThat(dates.write("2018-13")).isEqualTo("2018-13");
	}

	@Test
	void theTraditionTheArticlesUseMostComesFirstAndAMaghrebiCorpusGetsItsOwnNames() {
		DateWriting egyptian = DateWriting
			.of(List.of("ديسمبر/كانون الأول 2018", "3 مارس/آذار", "فبراير/شباط 2018", "منتصف يناير"));
		assertThat(egyptian.write("--01")).isEqualTo("يناير/كانون الثاني");
		DateWriting maghrebi = DateWriting.of(List.of("جانفي 2020", "منتصف فيفري", "أوت الماضي"));
		assertThat(maghrebi.write("--01")).isEqualTo("جانفي");
		assertThat(maghrebi.write("2020-08-15")).isEqualTo("15 أوت 2020");
		assertThat(DateWriting.standard().write("--06")).isEqualTo("حزيران/يونيو");
	}

	@Test
	void theValuesOfADateFindingAreWrittenLineByLineAndKeepTheirSources() {
		String stored = "2018-10-07 — لوموند (" + FILE + ")\n2018 — أحد المصادر (" + FILE + ")";
		assertThat(DateWriting.standard().writeValues(stored))
			.isEqualTo("7 تشرين الأول/أكتوبر 2018 — لوموند (" + FILE + ")\n2018 — أحد المصادر (" + FILE + ")");
		assertThat(DateWriting.standard().writeValues("about 5,000 — المرصد")).isEqualTo("about 5,000 — المرصد");
	}

	@Test
	void aVerdictOnTheValuesAsShownIsOnTheSameValues() {
		DateWriting dates = DateWriting.standard();
		String stored = "--01 — «الشرق الأوسط» (003_0298d090f25e48f7.txt)";
		String shown = BidiText.isolate(dates.writeValues(stored));
		assertThat(ShownValues.same(shown, stored, dates)).isTrue();
		assertThat(ShownValues.same(stored, stored, dates)).isTrue();
		assertThat(ShownValues.same(BidiText.isolate(dates.writeValues("--02 — «الشرق الأوسط»")), stored, dates))
			.isFalse();
	}

}
