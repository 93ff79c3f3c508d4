package org.mizan.extract.attribution;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Prints every statement of the seeds, for looking at by hand ({@code -Dtest=SeedDump}). */
@Tag("dump")
class SeedDump {

	@Test
	void dump() throws Exception {
		AttributionAnalyzer analyzer = new AttributionAnalyzer();
		for (String a : new String[] { "000", "001", "002", "003", "004" }) {
			String text = SeedAttributionTests.article(a);
			ArticleAttributions r = analyzer.analyze(text, TestSentences.of(text));
			System.out.println("== " + a + " relay=" + r.relayedOutlet());
			r.statements().forEach(s -> System.out.println("  [" + s.source().name() + " | " + s.source().key() + " | "
					+ s.source().type() + " | via " + s.source().via() + " | " + s.source().hedge() + " | " + s.source().cue()
					+ "] " + s.statement().substring(0, Math.min(70, s.statement().length()))));
		}
	}

}
