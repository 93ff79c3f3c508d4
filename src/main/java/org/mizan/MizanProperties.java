package org.mizan;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The operator's settings, from {@code config/application.yml}. */
@ConfigurationProperties("mizan")
public class MizanProperties {

	private Map<String, String> corpora = new LinkedHashMap<>();

	private List<String> corpusRoots = List.of(".");

	private Path reportsDir = Path.of("reports");

	private Path dataDir = Path.of("data");

	private double tolerance = 0.10;

	private DataSize maxArticleBytes = DataSize.ofMegabytes(5);

	private int chunkSize = 20;

	private int threads = 2;

	private final Schedule schedule = new Schedule();

	public Map<String, String> getCorpora() {
		return corpora;
	}

	public void setCorpora(Map<String, String> corpora) {
		this.corpora = corpora;
	}

	public List<String> getCorpusRoots() {
		return corpusRoots;
	}

	public void setCorpusRoots(List<String> corpusRoots) {
		this.corpusRoots = corpusRoots;
	}

	public Path getReportsDir() {
		return reportsDir;
	}

	public void setReportsDir(Path reportsDir) {
		this.reportsDir = reportsDir;
	}

	public Path getDataDir() {
		return dataDir;
	}

	public void setDataDir(Path dataDir) {
		this.dataDir = dataDir;
	}

	public double getTolerance() {
		return tolerance;
	}

	public void setTolerance(double tolerance) {
		this.tolerance = tolerance;
	}

	public DataSize getMaxArticleBytes() {
		return maxArticleBytes;
	}

	public void setMaxArticleBytes(DataSize maxArticleBytes) {
		this.maxArticleBytes = maxArticleBytes;
	}

	public int getChunkSize() {
		return chunkSize;
	}

	public void setChunkSize(int chunkSize) {
		this.chunkSize = chunkSize;
	}

	public int getThreads() {
		return threads;
	}

	public void setThreads(int threads) {
		this.threads = threads;
	}

	public Schedule getSchedule() {
		return schedule;
	}

	public static class Schedule {

		private String cron = "0 0 2 * * *";

		public String getCron() {
			return cron;
		}

		public void setCron(String cron) {
			this.cron = cron;
		}

	}

}
