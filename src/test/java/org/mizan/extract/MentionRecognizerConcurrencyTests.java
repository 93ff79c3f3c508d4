package org.mizan.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One recognizer shared by two threads gives what it gives alone; a second instance gives
 * the same.
 */
class MentionRecognizerConcurrencyTests {

	@Test
	void sharedAcrossThreadsAndCheapToConstructAgain() throws Exception {
		List<String> articles = new ArrayList<>();
		try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
			for (Path p : seeds.sorted().toList()) {
				articles.add(Files.readString(p, StandardCharsets.UTF_8));
			}
		}
		MentionRecognizer shared = new MentionRecognizer();
		List<List<Mention>> alone = articles.stream().map(shared::recognize).toList();
		assertThat(articles.stream().map(new MentionRecognizer()::recognize).toList()).isEqualTo(alone);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> runs = new ArrayList<>();
			for (int thread = 0; thread < 2; thread++) {
				runs.add(pool.submit(() -> {
					for (int round = 0; round < 30; round++) {
						for (int i = 0; i < articles.size(); i++) {
							if (!shared.recognize(articles.get(i)).equals(alone.get(i))) {
								return false;
							}
						}
					}
					return true;
				}));
			}
			for (Future<Boolean> run : runs) {
				assertThat(run.get()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
