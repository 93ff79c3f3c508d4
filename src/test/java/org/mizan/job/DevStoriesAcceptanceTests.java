package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;

/**
 * The six dev stories ({@code dev-stories/}: five articles each and an answer key) run
 * through the real job and scored as {@code score_stories.py} scores them
 * ({@link StoryScorer}), in total over the six stories, against the level reached. A
 * failure lists what was missed, story by story.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevStoriesAcceptanceTests extends JobTestSupport {

	// The level reached, totals over the six stories (measured with score_stories.py and
	// this scorer, which agree):
	// raise them as the job gets better, never lower them. The issues' targets are in the
	// comments.

	/** Gold facts found, of 598 (target ≥ 95%: 569). */
	static final int FACTS_FOUND_FLOOR = 579;

	/**
	 * Conflicting claim pairs that share a DISAGREE finding, of 39 (target ≥ 90%: 36).
	 */
	static final int CONFLICTS_FLAGGED_FLOOR = 36;

	/**
	 * The same, where that finding holds only the conflict's slot, of 39 (target ≥ 80%:
	 * 32).
	 */
	static final int CONFLICTS_CLEAN_FLOOR = 36;

	/**
	 * Findings with two or more gold facts that mix slots: at most 3 (127 pure of 130 on
	 * 2026-12-07, 124 of 129 the day before). A count of the mixed ones, not a share of
	 * the pure: a finding that joins two pure ones lowers both counts and the share with
	 * them, for the better. The share stays at the target too (≥ 90%).
	 */
	static final int FINDINGS_MIXED_CEILING = 3;

	static final double FINDINGS_PURE_TARGET = 0.90;

	/** Agreements whose mentions all sit in one finding, of 96 (target ≥ 80%: 77). */
	static final int AGREEMENTS_GROUPED_FLOOR = 77;

	/** Pairs that must not align, in different findings, of 56 (target ≥ 95%: 54). */
	static final int KEPT_APART_FLOOR = 55;

	/**
	 * Noise entries (boilerplate, idioms, codes) that yield a fact (issue 15: ≤ 1 per
	 * story).
	 */
	static final int NOISE_FACTS_CEILING = 2;

	/** DISAGREE findings that no gold conflict accounts for (target ≤ 1 per story: 6). */
	static final int FLAGS_UNEXPLAINED_CEILING = 1;

	/**
	 * Facts whose source names the party the key names, of the found facts with a source
	 * (issue 15: ≥ 85%). Lowered once, 410 → 408, when the sentence splitter stopped
	 * keeping «على الترتيب. وقال البنك» as one sentence: three rates of cairo-fuel-prices
	 * had taken the next sentence's speaker by that accident. 414 since a decision tells
	 * its figures by its maker (قرار لجنة السياسة النقدية).
	 */
	static final int SOURCES_RIGHT_FLOOR = 414;

	/** Found facts hedged exactly when the key says so (issue 15: ≥ 95%). */
	static final int HEDGES_RIGHT_FLOOR = 564;

	private final Map<String, RunOutcome> outcomes = new LinkedHashMap<>();

	private final Map<String, StoryScorer.Score> scores = new LinkedHashMap<>();

	@BeforeAll
	void runEveryStory() throws Exception {
		StoryRuns.runAll("/dev-stories", launcher, work, outcomes, scores);
	}

	@Test
	void everyStoryRunsToCompletion() {
		assertThat(outcomes).as("the six dev stories").hasSize(6);
		assertThat(outcomes)
			.allSatisfy((story, outcome) -> assertThat(outcome.status()).as("%s: %s", story, outcome.failure())
				.isEqualTo(BatchStatus.COMPLETED));
	}

	@Test
	void factsAreFound() {
		assertThat(total("facts_found")).as(() -> below("facts_found", FACTS_FOUND_FLOOR, "missing_facts"))
			.isGreaterThanOrEqualTo(FACTS_FOUND_FLOOR);
	}

	@Test
	void conflictsAreFlagged() {
		assertThat(total("conflicts_flagged"))
			.as(() -> below("conflicts_flagged", CONFLICTS_FLAGGED_FLOOR, "conflicts_missed"))
			.isGreaterThanOrEqualTo(CONFLICTS_FLAGGED_FLOOR);
	}

	@Test
	void conflictsAreFlaggedInFindingsOfTheirOwnSlot() {
		assertThat(total("conflicts_clean"))
			.as(() -> below("conflicts_clean", CONFLICTS_CLEAN_FLOOR, "conflicts_missed", "conflicts_unclean"))
			.isGreaterThanOrEqualTo(CONFLICTS_CLEAN_FLOOR);
	}

	@Test
	void findingsHoldOneSlot() {
		int pure = total("findings_pure");
		int of = totalOf("findings_pure");
		assertThat(of - pure)
			.as(() -> "findings_pure " + pure + "/" + of + ": more mixed than " + FINDINGS_MIXED_CEILING
					+ misses("mixed_findings"))
			.isLessThanOrEqualTo(FINDINGS_MIXED_CEILING);
		assertThat(of == 0 ? 1.0 : (double) pure / of).as(() -> "findings_pure " + pure + "/" + of)
			.isGreaterThanOrEqualTo(FINDINGS_PURE_TARGET);
	}

	@Test
	void agreementsAreGrouped() {
		assertThat(total("agreements_grouped"))
			.as(() -> below("agreements_grouped", AGREEMENTS_GROUPED_FLOOR, "agreements_split"))
			.isGreaterThanOrEqualTo(AGREEMENTS_GROUPED_FLOOR);
	}

	@Test
	void differentSlotsAreKeptApart() {
		assertThat(total("kept_apart")).as(() -> below("kept_apart", KEPT_APART_FLOOR, "merged_apart"))
			.isGreaterThanOrEqualTo(KEPT_APART_FLOOR);
	}

	@Test
	void noiseGivesFewFacts() {
		assertThat(total("noise_facts"))
			.as(() -> "noise_facts " + total("noise_facts") + " above the ceiling " + NOISE_FACTS_CEILING
					+ misses("noise_hits"))
			.isLessThanOrEqualTo(NOISE_FACTS_CEILING);
	}

	@Test
	void figuresAreGivenToWhoStatesThem() {
		assertThat(total("sources_right")).as(() -> below("sources_right", SOURCES_RIGHT_FLOOR, "wrong_sources"))
			.isGreaterThanOrEqualTo(SOURCES_RIGHT_FLOOR);
	}

	@Test
	void hedgedFiguresAreMarked() {
		assertThat(total("hedges_right")).as(() -> below("hedges_right", HEDGES_RIGHT_FLOOR))
			.isGreaterThanOrEqualTo(HEDGES_RIGHT_FLOOR);
	}

	@Test
	void fewFlagsAreUnexplained() {
		assertThat(total("flags_unexplained"))
			.as(() -> "flags_unexplained " + total("flags_unexplained") + " above the ceiling "
					+ FLAGS_UNEXPLAINED_CEILING + misses("unexplained_flags"))
			.isLessThanOrEqualTo(FLAGS_UNEXPLAINED_CEILING);
	}

	private int total(String metric) {
		return scores.values().stream().mapToInt(s -> s.hit(metric)).sum();
	}

	private int totalOf(String metric) {
		return scores.values().stream().mapToInt(s -> s.of(metric)).sum();
	}

	private String below(String metric, int floor, String... details) {
		return metric + " " + total(metric) + "/" + totalOf(metric) + " below the floor " + floor + misses(details);
	}

	/** The misses of every story, one a line, as scores.json's detail lists them. */
	private String misses(String... details) {
		StringBuilder b = new StringBuilder();
		scores.forEach((story, score) -> {
			for (String detail : details) {
				for (String miss : score.detail().get(detail)) {
					b.append("\n  ").append(story).append(' ').append(detail).append(": ").append(miss);
				}
			}
		});
		return b.toString();
	}

}
