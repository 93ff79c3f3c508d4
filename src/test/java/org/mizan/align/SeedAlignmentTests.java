package org.mizan.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.extract.Mention;
import org.mizan.extract.quantity.BoundQuantity;
import org.mizan.extract.quantity.QuantityBinder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed corpus end to end from mentions: bind on the real texts, align with the gold
 * sources, and check what the report scorer measures (conflicts flagged, agreements
 * grouped, facts kept apart, unexplained flags).
 */
class SeedAlignmentTests {

	private static final Map<String, String> findingOfFact = new HashMap<>();

	private static final Map<String, Finding> findings = new HashMap<>();

	@BeforeAll
	static void alignSeeds() {
		Map<String, String> goldSource = new HashMap<>();
		SeedFixtures.gold().forEach(g -> goldSource.put(g.id(), g.source()));
		QuantityBinder binder = new QuantityBinder();
		List<AlignFact> facts = new ArrayList<>();
		for (SeedFixtures.Article a : SeedFixtures.articles()) {
			List<BoundQuantity> bound = binder.bind(a.text(), a.sentences(), a.mentions());
			for (int i = 0; i < bound.size(); i++) {
				String id = a.factIds().get(i) != null ? a.factIds().get(i)
						: a.prefix() + "@" + a.mentions().get(i).start();
				String source = a.factIds().get(i) != null ? goldSource.get(id)
						: a.prefix().equals("004") ? "لوموند" : null;
				facts.add(fact(id, a.name(), bound.get(i), source));
			}
		}
		for (Finding f : new FactAligner().align(facts)) {
			findings.put(f.id(), f);
			f.factIds().forEach(id -> findingOfFact.put(id, f.id()));
			if (f.factIds().size() > 1 || f.status() != FindingStatus.SINGLE_SOURCE) {
				System.out
					.println(f.id() + " " + f.status() + " " + f.factIds() + " " + f.what() + "\n    " + f.values());
			}
		}
	}

	static AlignFact fact(String id, String article, BoundQuantity b, String source) {
		Mention m = b.mention();
		return new AlignFact(id, article, null, m.start(), m.value(), m.low(), m.high(), m.date(), m.approx(), b.unit(),
				b.unitClass(), b.counted(), b.event(), b.eventClass(), b.participants(), source, source, null,
				b.frame());
	}

	private static Finding findingOf(String factId) {
		return findings.get(findingOfFact.get(factId));
	}

	@Test
	void flagsTheTwoDisagreements() {
		assertThat(findingOfFact.get("F02")).isEqualTo(findingOfFact.get("F12"));
		assertThat(findingOf("F02").status()).isEqualTo(FindingStatus.DISAGREE);
		assertThat(findingOfFact.get("F17")).isEqualTo(findingOfFact.get("F18"));
		assertThat(findingOf("F17").status()).isEqualTo(FindingStatus.DISAGREE);
	}

	@Test
	void groupsTheAgreements() {
		assertThat(findingOfFact.get("F03")).isEqualTo(findingOfFact.get("F06")).isEqualTo(findingOfFact.get("F10"));
		assertThat(findingOf("F03").status()).isEqualTo(FindingStatus.CONSISTENT);
		assertThat(findingOfFact.get("F04")).isEqualTo(findingOfFact.get("F07"));
		assertThat(findingOf("F04").status()).isNotEqualTo(FindingStatus.DISAGREE);
	}

	@Test
	void keepsApartWhatMustNotAlign() {
		assertThat(findingOfFact.get("F18")).isNotEqualTo(findingOfFact.get("F15"));
		assertThat(findingOfFact.get("F01")).isNotEqualTo(findingOfFact.get("F02"));
		assertThat(findingOfFact.get("F12")).isNotEqualTo(findingOfFact.get("F17"));
	}

	@Test
	void protocolsAreSingleSource() {
		assertThat(findingOf("F05").status()).isEqualTo(FindingStatus.SINGLE_SOURCE);
	}

	@Test
	void noUnexplainedFlags() {
		List<String> explained = List.of(findingOfFact.get("F02"), findingOfFact.get("F17"));
		assertThat(findings.values().stream().filter(f -> f.status() == FindingStatus.DISAGREE).map(Finding::id))
			.allMatch(explained::contains);
	}

	@Test
	void everyFactIsInExactlyOneFinding() {
		int facts = findings.values().stream().mapToInt(f -> f.factIds().size()).sum();
		assertThat(facts).isEqualTo(findingOfFact.size());
		assertThat(findings.keySet()).allMatch(id -> id.matches("F-[0-9A-F]{6}"));
	}

}
