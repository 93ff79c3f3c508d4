package org.mizan.bench;

import java.util.Collection;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with its usual command-line options, then prints each result as MB of text per second per thread
 * (the {@code bytes} counter of {@link ExtractionBenchmark}; MB = 10^6 bytes of UTF-8), how many cores the benchmark
 * threads actually got, and MB per second of their CPU time. Used by {@code bench/jmh.sh}.
 */
public final class JmhMain {

	private JmhMain() {
	}

	public static void main(String[] args) throws Exception {
		Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
		System.out.println();
		System.out.printf("%-37s %-9s %7s %10s %10s %11s %16s %10s %15s%n", "benchmark", "corpus", "threads",
				"articles/s", "KB/article", "MB/s total", "MB/s per thread", "cores used", "MB per CPU-s");
		for (RunResult run : results) {
			BenchmarkParams params = run.getParams();
			Result<?> articles = run.getPrimaryResult();
			Result<?> bytes = run.getSecondaryResults().get("bytes");
			Result<?> cpuNanos = run.getSecondaryResults().get("cpuNanos");
			if (bytes == null || cpuNanos == null) {
				continue;
			}
			int threads = params.getThreads();
			double mbPerSecond = bytes.getScore() / 1e6;
			double mbError = bytes.getScoreError() / 1e6;
			double cores = cpuNanos.getScore() / 1e9;
			System.out.printf("%-37s %-9s %7d %10.1f %10.2f %11.2f %9.2f ± %4.2f %10.2f %15.2f%n",
					params.getBenchmark().replace("org.mizan.bench.", ""), params.getParam("corpus"), threads,
					articles.getScore(), bytes.getScore() / articles.getScore() / 1e3, mbPerSecond,
					mbPerSecond / threads, mbError / threads, cores, mbPerSecond / cores);
		}
	}

}
