package org.mizan.report;

import java.util.List;

import org.mizan.extract.Approx;
import org.mizan.extract.SourceType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The values per source the Summary charts, from the facts' stored numbers. */
class StatedValueTests {

	@Test
	void oneValuePerSourceAndValueWithItsBounds() {
		List<FactRow> facts = List.of(fact("المرصد", 5000.0, 5000.0, 5000.0, "about"),
				fact("لوموند", 3000.0, 3000.0, 3000.0, "about"), fact("المرصد", 5000.0, 5000.0, 5000.0, "about"),
				fact("سويداء", null, 800.0, 1500.0, "range"), fact(null, 4.0, 4.0, null, "more than"));
		List<StatedValue> values = StatedValue.of("F-1", facts);
		assertThat(values).extracting(StatedValue::source).containsExactly("المرصد", "لوموند", "سويداء", "a.txt");
		assertThat(values).extracting(StatedValue::stated)
			.containsExactly("about 5,000", "about 3,000", "800–1,500", "more than 4");
		assertThat(values.get(2).low()).isEqualTo(800.0);
		assertThat(values.get(2).high()).isEqualTo(1500.0);
		assertThat(values.get(3).high()).as("an open bound charts as its one end").isEqualTo(4.0);
	}

	@Test
	void aDateFindingHasNoValuesToChart() {
		FactRow date = new FactRow("X", "F-D", "a.txt", 1, 0, 4, "2024", null, "2024", null, null, null, "date", null,
				null, "أ", SourceType.OUTLET, null, "في 2024", 3, 7, null);
		assertThat(StatedValue.of("F-D", List.of(date))).isEmpty();
	}

	private static FactRow fact(String source, Double value, Double low, Double high, String approx) {
		return new FactRow("X", "F-1", "a.txt", 1, 0, 4, "نحو", value, null, low, high, Approx.fromLabel(approx),
				"person", null, null, source, null, null, "نحو", 0, 3, null);
	}

}
