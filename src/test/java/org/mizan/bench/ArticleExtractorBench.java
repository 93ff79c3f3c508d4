package org.mizan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.mizan.corpus.Boilerplate;
import org.mizan.corpus.NearDuplicates;
import org.mizan.extract.ArticleExtractor;
import org.mizan.extract.MentionRecognizer;
import org.mizan.extract.attribution.AttributionAnalyzer;
import org.mizan.extract.quantity.QuantityBinder;
import org.mizan.text.SentenceSplitter;
import org.mizan.extract.Mention;
import org.mizan.text.TextSpan;

/**
 * Single-threaded throughput of per-article extraction on a corpus folder of .txt files:
 * the whole of {@link ArticleExtractor#extract} and {@link NearDuplicates#signature},
 * then each stage on its own. Warms up, then prints MB/s (UTF-8 bytes of the files) of
 * the best and median of several rounds, per second of this thread's CPU time (so other
 * work on a shared machine does not count; GC on other threads is not included).
 * <p>
 * {@code java -cp target/classes:target/test-classes:DEPS org.mizan.bench.ArticleExtractorBench FOLDER [ROUNDS [STAGE]]}
 * <p>
 * With STAGE (such as {@code extract} or {@code attribution}), only that stage runs: for
 * a profiler's recording of one stage.
 */
public final class ArticleExtractorBench {

	private static final int WARMUP_ROUNDS = 3;

	private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

	private ArticleExtractorBench() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/perf1k");
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		String only = args.length > 2 ? args[2] : null;
		List<String> texts = new ArrayList<>();
		long bytes = 0;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				texts.add(Files.readString(p));
				bytes += Files.size(p);
			}
		}
		System.out.printf("%d articles, %.1f MB, %d warm-up + %d rounds, one thread, MB per CPU second%n", texts.size(),
				bytes / 1e6, WARMUP_ROUNDS, rounds);
		for (Map.Entry<String, IntConsumer> stage : stages(texts).entrySet()) {
			if (only != null && !stage.getKey().strip().equals(only)) {
				continue;
			}
			report(stage.getKey(), stage.getValue(), texts, bytes, rounds);
		}
	}

	/**
	 * Each stage as work on article i; the binder and the attribution get their inputs
	 * computed beforehand.
	 */
	private static Map<String, IntConsumer> stages(List<String> texts) {
		ArticleExtractor extractor = new ArticleExtractor();
		NearDuplicates nearDuplicates = new NearDuplicates();
		Boilerplate boilerplate = new Boilerplate();
		SentenceSplitter splitter = new SentenceSplitter();
		MentionRecognizer recognizer = new MentionRecognizer();
		QuantityBinder binder = new QuantityBinder();
		AttributionAnalyzer attribution = new AttributionAnalyzer();
		List<List<TextSpan>> sentences = texts.stream().map(splitter::split).toList();
		List<List<Mention>> mentions = texts.stream().map(recognizer::recognize).toList();
		Map<String, IntConsumer> stages = new LinkedHashMap<>();
		stages.put("extract + signature", i -> {
			extractor.extract(texts.get(i));
			nearDuplicates.signature(texts.get(i));
		});
		stages.put("extract", i -> extractor.extract(texts.get(i)));
		stages.put("signature", i -> nearDuplicates.signature(texts.get(i)));
		stages.put("  boilerplate", i -> boilerplate.regions(texts.get(i)));
		stages.put("  sentences", i -> splitter.split(texts.get(i)));
		stages.put("  mentions", i -> recognizer.recognize(texts.get(i)));
		stages.put("  quantity binder", i -> binder.bind(texts.get(i), sentences.get(i), mentions.get(i)));
		stages.put("  attribution", i -> attribution.analyze(texts.get(i), sentences.get(i)));
		return stages;
	}

	private static void report(String name, IntConsumer stage, List<String> texts, long bytes, int rounds) {
		for (int r = 0; r < WARMUP_ROUNDS; r++) {
			run(stage, texts);
		}
		double[] seconds = new double[rounds];
		for (int r = 0; r < rounds; r++) {
			seconds[r] = run(stage, texts);
		}
		java.util.Arrays.sort(seconds);
		System.out.printf("%-22s best %6.1f MB/s   median %6.1f MB/s%n", name, bytes / 1e6 / seconds[0],
				bytes / 1e6 / seconds[rounds / 2]);
	}

	private static double run(IntConsumer stage, List<String> texts) {
		long t0 = THREAD.getCurrentThreadCpuTime();
		for (int i = 0; i < texts.size(); i++) {
			stage.accept(i);
		}
		return (THREAD.getCurrentThreadCpuTime() - t0) / 1e9;
	}

}
