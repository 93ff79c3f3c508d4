package org.mizan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.mizan.extract.ArticleExtraction;
import org.mizan.extract.ArticleExtractor;
import org.mizan.extract.Mention;
import org.mizan.extract.MentionRecognizer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the extractor alone: one operation is one article, taken in turn from the corpus; the
 * {@code bytes} counter adds up the UTF-8 bytes of the articles done, so JMH reports it as bytes per second
 * next to articles per second, and the {@code cpuNanos} counter the benchmark threads' CPU time per second. Their
 * ratio is MB per CPU second, which the other work of a shared machine does not dilute. Run with
 * {@code bench/jmh.sh}, which prints MB/s per thread and MB per CPU second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-Dfile.encoding=UTF-8" })
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class ExtractionBenchmark {

	@Param({ BenchTexts.SEEDS, BenchTexts.GENERATED })
	public String corpus;

	private BenchTexts texts;

	/** Thread-safe, shared by the benchmark's threads as the job's partitions share one. */
	private final ArticleExtractor extractor = new ArticleExtractor();

	private final MentionRecognizer recognizer = new MentionRecognizer();

	@Setup(Level.Trial)
	public void load() throws IOException {
		texts = BenchTexts.load(corpus);
		// a benchmark of an extractor that finds nothing would measure nothing
		String first = texts.texts().get(0);
		if (extractor.extract(first).facts().isEmpty() || recognizer.recognize(first).isEmpty()) {
			throw new IllegalStateException("no facts in the first article of " + corpus);
		}
	}

	/** Each thread walks the corpus on its own, one article per operation. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.OPERATIONS)
	public static class Progress {

		private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

		/** UTF-8 bytes of the articles done in this iteration (reported per second). */
		public long bytes;

		/**
		 * CPU time of this thread in the same iteration (reported per second: 1e9 is one whole core). JIT and GC
		 * threads are not counted. Read at the end of the iteration, like {@code bytes}, which also counts the
		 * few articles JMH runs around the measured interval to line up its threads.
		 */
		public long cpuNanos;

		private long cpuAtStart;

		private int next;

		@Setup(Level.Iteration)
		public void start() {
			cpuAtStart = THREADS.getCurrentThreadCpuTime();
		}

		@TearDown(Level.Iteration)
		public void stop() {
			cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
		}

		String take(BenchTexts texts) {
			int i = next;
			next = i + 1 == texts.texts().size() ? 0 : i + 1;
			bytes += texts.utf8Bytes()[i];
			return texts.texts().get(i);
		}

	}

	/** The whole per-article extraction: boilerplate, sentences, mentions, binding, attribution, facts. */
	@Benchmark
	@Warmup(iterations = 8, time = 3) // the whole pipeline takes the JIT 15-20 s to settle on a shared machine
	public ArticleExtraction extract(Progress progress) {
		return extractor.extract(progress.take(texts));
	}

	/** The number, date and quantity recognizer alone (what {@code bench/extractor.sh} measures). */
	@Benchmark
	@Warmup(iterations = 3, time = 3)
	public List<Mention> recognizeNumbers(Progress progress) {
		return recognizer.recognize(progress.take(texts));
	}

}
