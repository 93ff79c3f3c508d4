package org.mizan.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryChartsTests {

	@Test
	void aChartTitleShowsACurrencyOrAPercentSignButNoUnitKey() {
		assertThat(SummaryCharts.shownUnit("EGP")).isEqualTo(" (EGP)");
		assertThat(SummaryCharts.shownUnit("percent")).isEqualTo(" (%)");
		assertThat(SummaryCharts.shownUnit("killed")).as("a unit key is not for a reader").isEmpty();
		assertThat(SummaryCharts.shownUnit(null)).isEmpty();
	}

}
