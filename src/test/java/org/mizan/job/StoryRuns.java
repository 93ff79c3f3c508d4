package org.mizan.job;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.mizan.corpus.Corpus;
import org.springframework.batch.core.BatchStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every story of a test-resources folder (five articles and a {@code gold.json}
 * each) through the real job and scores its workbook as {@code score_stories.py} does
 * ({@link StoryScorer}).
 */
final class StoryRuns {

	private StoryRuns() {
	}

	/**
	 * Runs each story under {@code resource} in its own corpus folder under {@code work};
	 * fills {@code outcomes} and {@code scores} by story name.
	 */
	static void runAll(String resource, RunLauncher launcher, Path work, Map<String, RunOutcome> outcomes,
			Map<String, StoryScorer.Score> scores) throws Exception {
		Path root = Path.of(StoryRuns.class.getResource(resource).toURI());
		List<Path> stories;
		try (Stream<Path> folders = Files.list(root)) {
			stories = folders.filter(f -> Files.isRegularFile(f.resolve("gold.json"))).sorted().toList();
		}
		JsonMapper json = JsonMapper.builder().build();
		for (Path story : stories) {
			String name = story.getFileName().toString();
			Path corpus = Files.createDirectories(work.resolve(resource.substring(1)).resolve(name));
			try (Stream<Path> files = Files.list(story)) {
				for (Path f : files.filter(Files::isRegularFile).toList()) {
					String file = f.getFileName().toString();
					if (!file.endsWith(".json") && !file.endsWith(".md")) {
						Files.copy(f, corpus.resolve(file));
					}
				}
			}
			RunOutcome outcome = launcher.runOnDemand(new Corpus(name, corpus));
			outcomes.put(name, outcome);
			if (outcome.status() != BatchStatus.COMPLETED || outcome.reportPath() == null) {
				System.out.println(name + ": " + outcome.status() + ", no workbook (" + outcome.failure() + ")");
				continue;
			}
			JsonNode gold;
			try (InputStream in = Files.newInputStream(story.resolve("gold.json"))) {
				gold = json.readTree(in);
			}
			StoryScorer.Score score = StoryScorer.score(WorkbookRows.read(Path.of(outcome.reportPath())), gold);
			scores.put(name, score);
			System.out.println(name + ": " + score.line());
		}
	}

}
