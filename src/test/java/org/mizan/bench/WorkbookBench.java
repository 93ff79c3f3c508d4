package org.mizan.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.mizan.extract.Approx;
import org.mizan.extract.SourceType;
import org.mizan.report.ArticleRow;
import org.mizan.report.AttributionRow;
import org.mizan.report.ChangeRow;
import org.mizan.report.FactRow;
import org.mizan.report.FindingRow;
import org.mizan.report.MatrixRow;
import org.mizan.report.Evidence;
import org.mizan.report.FindingEvidence;
import org.mizan.report.ReportSource;
import org.mizan.report.RunInfo;
import org.mizan.report.SourceRow;
import org.mizan.report.WorkbookWriter;

/**
 * Writes a workbook of N synthetic facts (default 1,000,000; 10 facts per finding, 1,000
 * articles) and prints the time and the peak heap. Run with {@code bench/workbook.sh},
 * which uses {@code -Xmx512m}.
 */
public final class WorkbookBench {

	private static final String EVIDENCE = "وقال المتحدث باسم الهيئة إن نحو %d شخصاً شاركوا في العملية التي جرت أمس في"
			+ " المنطقة الشمالية، بحسب بيان رسمي نشر مساء اليوم.";

	public static void main(String[] args) throws Exception {
		int facts = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		Path dir = (args.length > 1) ? Path.of(args[1]) : Files.createTempDirectory("mizan-bench");
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		AtomicLong peakUsed = new AtomicLong();
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		sampler.setDaemon(true);
		sampler.start();
		long start = System.nanoTime();
		Path written = new WorkbookWriter().write(new Synthetic(facts), dir, "bench", Instant.now());
		double seconds = (System.nanoTime() - start) / 1e9;
		sampler.interrupt();
		// the old generation right after its last collection: roughly the live set at its
		// largest
		long oldAfterGc = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null
					&& pool.getName().toLowerCase().contains("old")) {
				oldAfterGc = Math.max(oldAfterGc, pool.getCollectionUsage().getUsed());
			}
		}
		long gcCount = 0;
		long gcMillis = 0;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			gcCount += gc.getCollectionCount();
			gcMillis += gc.getCollectionTime();
		}
		System.out.printf(
				"facts=%,d findings=%,d time=%.1fs peakHeapUsed=%,dMB oldGenAfterLastGc=%,dMB "
						+ "maxHeap=%,dMB gc=%d (%,dms) file=%,dMB %s%n",
				facts, facts / 10, seconds, peakUsed.get() >> 20, oldAfterGc >> 20,
				Runtime.getRuntime().maxMemory() >> 20, gcCount, gcMillis, Files.size(written) >> 20, written);
	}

	private record Synthetic(int facts) implements ReportSource {

		@Override
		public RunInfo run() {
			return new RunInfo("bench", "bench", 1, Instant.now(), Instant.now(), 0.05, 1000, 0, this.facts,
					Map.of("DISAGREE", this.facts / 20L, "CONSISTENT", this.facts / 20L));
		}

		/**
		 * Each finding's ten facts, made as they are written, as a database source
		 * streams them.
		 */
		@Override
		public void findingsWithEvidence(int limit, Consumer<FindingEvidence> sink) {
			int[] finding = { 0 };
			findings((row) -> {
				List<Evidence> evidence = new ArrayList<>();
				for (int i = finding[0] * 10; i < finding[0] * 10 + Math.min(limit, 10); i++) {
					String sentence = String.format(EVIDENCE, i);
					int at = sentence.indexOf("نحو " + i);
					evidence.add(new Evidence("article-" + (i % 1000) + ".txt", "صحيفة", "المتحدث باسم الهيئة",
							sentence, at, at + ("نحو " + i).length(), null));
				}
				finding[0]++;
				sink.accept(new FindingEvidence(row, evidence, 10));
			});
		}

		@Override
		public void findings(Consumer<FindingRow> sink) {
			for (int i = 0; i < this.facts / 10; i++) {
				boolean disagree = i < this.facts / 20;
				sink.accept(new FindingRow("F-" + Integer.toHexString(i), disagree ? "DISAGREE" : "CONSISTENT",
						"المشاركون في العملية", "person", "100 — مصدر أ\n120 — مصدر ب", 100.0, disagree ? 120.0 : 100.0,
						null, null, disagree ? 1.2 : 1.0, 2, 3, null, null, false));
			}
		}

		@Override
		public void facts(Consumer<FactRow> sink) {
			for (int i = 0; i < this.facts; i++) {
				String evidence = String.format(EVIDENCE, i);
				String surface = "نحو " + i;
				int at = evidence.indexOf(surface);
				sink.accept(new FactRow("X-" + i, "F-" + Integer.toHexString(i / 10), "article-" + (i % 1000) + ".txt",
						1 + i % 40, at, at + surface.length(), surface, (double) i, null, (double) i, (double) i,
						Approx.ABOUT, "person", "شخص", "شارك", "المتحدث باسم الهيئة", SourceType.OFFICIAL, null,
						evidence, at, at + surface.length(), null));
			}
		}

		@Override
		public void attributions(Consumer<AttributionRow> sink) {
		}

		@Override
		public void sources(Consumer<SourceRow> sink) {
		}

		@Override
		public void articles(Consumer<ArticleRow> sink) {
			for (int i = 0; i < 1000; i++) {
				sink.accept(new ArticleRow("article-" + i + ".txt", "عنوان", "", "00", 3000, this.facts / 1000, "OK",
						"", null));
			}
		}

		@Override
		public List<String> articleFiles() {
			return List.of();
		}

		@Override
		public void matrix(Consumer<MatrixRow> sink) {
		}

		@Override
		public void changes(Consumer<ChangeRow> sink) {
		}

	}

}
