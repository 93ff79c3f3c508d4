package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;

/**
 * Stories written for Mizan after the dev stories ({@code own-stories/}, the same kind of
 * answer key), on events and measures the dev stories do not have: an earthquake's
 * magnitude and depth from two agencies, an aftershock, a past quake; floods with the
 * missing, the rescued and evacuated families, a city and a neighbourhood inside the
 * province, one dam and all dams, a forecast next to rain that fell; a shipwreck with the
 * people on board from two sources, survivors, bodies recovered, the missing falling as
 * bodies are found, a route's toll since January and a past wreck; a day of protest with
 * the crowd and the arrests from the ministry and from the organisers and a league, the
 * released, tear-gas cases and a rate of discharge; a strike's turnout, strikers, a
 * province's turnout and a raise demanded against one offered. No rule was tuned to them
 * before they were scored; each failure lists what was missed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnStoriesAcceptanceTests extends JobTestSupport {

	// Totals over the stories, the level reached on 2026-12-07 (each story scored first
	// before any rule was written for it: alhoceima-earthquake 3/6 flagged, 0/6 clean,
	// 4/11 kept apart; nabeul-floods 2/2 flagged, 1/2 clean, 5/9 kept apart, one
	// unexplained flag; zuwara-shipwreck 1/2 flagged, 1/2 clean, 6/8 kept apart, one
	// unexplained flag; gabes-protests, 2026-12-07, 1/4 flagged, 0/4 clean, 2/9 grouped,
	// 8/8 kept apart; morocco-teachers-strike, the same day, 2/3 flagged, 0/3 clean, 3/6
	// grouped, 7/8 kept apart, one unexplained flag): raise them as the job gets better,
	// never lower them.

	static final int FACTS_FOUND_FLOOR = 206;

	static final int CONFLICTS_FLAGGED_FLOOR = 16;

	static final int CONFLICTS_CLEAN_FLOOR = 14;

	static final int KEPT_APART_FLOOR = 40;

	static final int AGREEMENTS_GROUPED_FLOOR = 41;

	static final int FLAGS_UNEXPLAINED_CEILING = 1;

	private final Map<String, RunOutcome> outcomes = new LinkedHashMap<>();

	private final Map<String, StoryScorer.Score> scores = new LinkedHashMap<>();

	@BeforeAll
	void runEveryStory() throws Exception {
		StoryRuns.runAll("/own-stories", launcher, work, outcomes, scores);
	}

	@Test
	void everyStoryRunsToCompletion() {
		assertThat(outcomes).isNotEmpty();
		assertThat(outcomes)
			.allSatisfy((story, outcome) -> assertThat(outcome.status()).as("%s: %s", story, outcome.failure())
				.isEqualTo(BatchStatus.COMPLETED));
	}

	@Test
	void theFiguresReachTheirLevel() {
		assertThat(total("facts_found")).as(() -> misses("missing_facts")).isGreaterThanOrEqualTo(FACTS_FOUND_FLOOR);
		assertThat(total("conflicts_flagged")).as(() -> misses("conflicts_missed"))
			.isGreaterThanOrEqualTo(CONFLICTS_FLAGGED_FLOOR);
		assertThat(total("conflicts_clean")).as(() -> misses("conflicts_missed", "conflicts_unclean"))
			.isGreaterThanOrEqualTo(CONFLICTS_CLEAN_FLOOR);
		assertThat(total("kept_apart")).as(() -> misses("merged_apart")).isGreaterThanOrEqualTo(KEPT_APART_FLOOR);
		assertThat(total("agreements_grouped")).as(() -> misses("agreements_split"))
			.isGreaterThanOrEqualTo(AGREEMENTS_GROUPED_FLOOR);
		assertThat(total("flags_unexplained")).as(() -> misses("unexplained_flags"))
			.isLessThanOrEqualTo(FLAGS_UNEXPLAINED_CEILING);
	}

	private int total(String metric) {
		return scores.values().stream().mapToInt(s -> s.hit(metric)).sum();
	}

	private String misses(String... details) {
		StringBuilder b = new StringBuilder();
		scores.forEach((story, score) -> {
			b.append(story).append(": ").append(score.line());
			for (String detail : details) {
				for (String miss : score.detail().get(detail)) {
					b.append("\n  ").append(detail).append(": ").append(miss);
				}
			}
		});
		return b.toString();
	}

}
