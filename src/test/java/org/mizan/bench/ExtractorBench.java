package org.mizan.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.mizan.extract.MentionRecognizer;

/**
 * Throughput of {@link MentionRecognizer#recognize} on one core: the seed articles
 * repeated to about 20 MB of UTF-8, warmed up, then timed. Run with
 * {@code bench/extractor.sh}.
 */
public final class ExtractorBench {

	private ExtractorBench() {
	}

	public static void main(String[] args) throws Exception {
		long target = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
		List<String> articles = new ArrayList<>();
		try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
			for (Path p : seeds.sorted().toList()) {
				articles.add(Files.readString(p, StandardCharsets.UTF_8));
			}
		}
		List<String> corpus = new ArrayList<>();
		long bytes = 0;
		while (bytes < target) {
			for (String a : articles) {
				corpus.add(a);
				bytes += a.getBytes(StandardCharsets.UTF_8).length;
			}
		}
		MentionRecognizer recognizer = new MentionRecognizer();
		long sink = 0;
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < corpus.size() / 4; i++) {
				sink += recognizer.recognize(corpus.get(i)).size();
			}
		}
		double best = 0;
		for (int round = 0; round < 3; round++) {
			long t0 = System.nanoTime();
			long mentions = 0;
			for (String doc : corpus) {
				mentions += recognizer.recognize(doc).size();
			}
			double seconds = (System.nanoTime() - t0) / 1e9;
			double mbPerSecond = bytes / 1e6 / seconds;
			best = Math.max(best, mbPerSecond);
			sink += mentions;
			System.out.printf("round %d: %.1f MB in %.2f s = %.1f MB/s (%d mentions)%n", round + 1, bytes / 1e6,
					seconds, mbPerSecond, mentions);
		}
		System.out.printf("best: %.1f MB/s (checksum %d)%n", best, sink);
	}

}
