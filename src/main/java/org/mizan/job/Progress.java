package org.mizan.job;

import java.io.Console;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of the extract step: a bar on an interactive terminal, a log line every few
 * seconds otherwise. Thread-safe: partitions of the step advance it concurrently.
 */
class Progress {

	private static final Logger log = LoggerFactory.getLogger(Progress.class);

	private static final long LOG_EVERY_NANOS = 10_000_000_000L;

	private static final long DRAW_EVERY_NANOS = 200_000_000L;

	private final String corpus;

	private final long total;

	private final boolean terminal;

	private final PrintStream out;

	private final long started = System.nanoTime();

	private final AtomicLong done = new AtomicLong();

	private final AtomicLong bytes = new AtomicLong();

	private final AtomicLong lastReport = new AtomicLong(System.nanoTime());

	private final StatusBoard board;

	Progress(String corpus, long total, Console console, PrintStream out, StatusBoard board) {
		this.board = board;
		this.corpus = corpus;
		this.total = total;
		this.terminal = console != null;
		this.out = out;
	}

	void advance(int articles, long articleBytes) {
		long n = done.addAndGet(articles);
		bytes.addAndGet(articleBytes);
		if (board != null) {
			board.progress(n, total);
		}
		long now = System.nanoTime();
		long last = lastReport.get();
		long every = terminal ? DRAW_EVERY_NANOS : LOG_EVERY_NANOS;
		if ((now - last >= every || n >= total) && lastReport.compareAndSet(last, now)) {
			report(n, now);
		}
	}

	private void report(long n, long now) {
		double seconds = Math.max(1e-9, (now - started) / 1e9);
		double rate = n / seconds;
		double mbPerSecond = bytes.get() / 1e6 / seconds;
		if (terminal) {
			int width = 30;
			int filled = total == 0 ? width : (int) (width * Math.min(1.0, (double) n / total));
			out.printf("\r%s [%s%s] %d/%d articles, %.0f/s, %.1f MB/s%s", corpus, "#".repeat(filled),
					" ".repeat(width - filled), n, total, rate, mbPerSecond, n >= total ? "\n" : "");
			out.flush();
		}
		else {
			log.info("{}: extracted {}/{} articles ({}/s, {} MB/s)", corpus, n, total, Math.round(rate),
					String.format("%.1f", mbPerSecond));
		}
	}

}
