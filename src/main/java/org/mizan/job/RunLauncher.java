package org.mizan.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.mizan.MizanProperties;
import org.mizan.corpus.Corpus;
import org.mizan.store.RunInputs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts and restarts runs of the Mizan job, synchronously, and reports how they ended.
 */
@Component
public class RunLauncher {

	private static final DateTimeFormatter ON_DEMAND = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final JdbcTemplate jdbc;

	private final RunInputs inputs;

	private final RunningExecutions running;

	private final CorpusIdentity identity;

	private final Path dataDir;

	private final AtomicInteger launches = new AtomicInteger();

	RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job mizanJob, JdbcTemplate jdbc, RunInputs inputs,
			RunningExecutions running, CorpusIdentity identity, MizanProperties properties) {
		this.identity = identity;
		this.dataDir = properties.getDataDir().toAbsolutePath().normalize();
		this.inputs = inputs;
		this.running = running;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = mizanJob;
		this.jdbc = jdbc;
	}

	/**
	 * An on-demand run: a new run key every time, so a second run the same day is a new
	 * run.
	 */
	public RunOutcome runOnDemand(Corpus corpus) throws Exception {
		return run(corpus, LocalDateTime.now().format(ON_DEMAND));
	}

	/**
	 * @throws IllegalArgumentException when the corpus name is not a plain identifier
	 */
	public RunOutcome run(Corpus given, String runKey) throws Exception {
		Corpus corpus = identity.of(given);
		JobParameters parameters = new JobParametersBuilder().addString(JobParameterNames.CORPUS, corpus.name())
			.addString(JobParameterNames.RUN_KEY, runKey)
			.addString(JobParameterNames.CORPUS_PATH, corpus.folder().toString(), false)
			.toJobParameters();
		launches.incrementAndGet();
		try {
			return outcome(jobOperator.start(job, parameters));
		}
		finally {
			launches.decrementAndGet();
		}
	}

	/**
	 * Continues a failed or stopped run where it stopped.
	 * @throws IllegalArgumentException with one line for the operator when the execution
	 * is unknown, finished, left STARTED by a crash, or not the run's latest execution
	 */
	public RunOutcome restart(long executionId) throws Exception {
		JobExecution execution = restartable(executionId);
		launches.incrementAndGet();
		try {
			return outcome(jobOperator.restart(execution));
		}
		finally {
			launches.decrementAndGet();
		}
	}

	/**
	 * Runs left STARTED or STOPPING by a process that died (kill -9, power loss). Only
	 * meaningful while this process holds the data folder's lock: then no other process
	 * can be running them.
	 */
	public List<Long> abandonedExecutions() {
		return jobRepository.findRunningJobExecutions(MizanJobConfiguration.JOB_NAME)
			.stream()
			.filter(e -> !running.contains(e.getId()))
			.map(JobExecution::getId)
			.sorted()
			.toList();
	}

	/**
	 * Marks a crashed run as failed ({@link JobOperator#recover}) and restarts it where
	 * it stopped.
	 */
	public RunOutcome recoverAndRestart(long executionId) throws Exception {
		markFailed(executionId);
		return restart(executionId);
	}

	/**
	 * Marks a run left STARTED by a crash as failed ({@link JobOperator#recover}), so it
	 * can be restarted.
	 */
	public void markFailed(long executionId) {
		jobOperator.recover(find(executionId));
	}

	/** The corpus and run key of an execution, for messages. */
	public String describe(long executionId) {
		JobParameters p = find(executionId).getJobParameters();
		return p.getString(JobParameterNames.CORPUS) + " [" + p.getString(JobParameterNames.RUN_KEY) + "]";
	}

	private JobExecution find(long executionId) {
		JobExecution execution;
		try {
			execution = jobRepository.getJobExecution(executionId);
		}
		catch (org.springframework.dao.EmptyResultDataAccessException ex) {
			execution = null;
		}
		if (execution == null) {
			throw new IllegalArgumentException("no run has execution id " + executionId
					+ ": `mizan status` lists the runs and their execution ids");
		}
		return execution;
	}

	/**
	 * @throws IllegalArgumentException with one line when {@link #restart} would refuse
	 * the execution
	 */
	public void checkRestartable(long executionId) {
		restartable(executionId);
	}

	private JobExecution restartable(long executionId) {
		JobExecution execution = find(executionId);
		String run = describe(executionId);
		BatchStatus status = execution.getStatus();
		if (status == BatchStatus.COMPLETED) {
			throw new IllegalArgumentException("execution " + executionId + " (" + run + ") completed: there is "
					+ "nothing to restart; `mizan run --corpus "
					+ execution.getJobParameters().getString(JobParameterNames.CORPUS) + "` starts a new run");
		}
		if (status.isRunning()) {
			throw new IllegalArgumentException("execution " + executionId + " (" + run + ") is marked " + status
					+ (running.contains(executionId) ? " and is running"
							: " but no process runs it (left by a crash): `mizan recover " + executionId
									+ "` marks it failed and restarts it"));
		}
		if (status == BatchStatus.ABANDONED) {
			throw new IllegalArgumentException("execution " + executionId + " (" + run + ") was abandoned: it "
					+ "cannot be restarted; start a new run");
		}
		List<JobExecution> all = jobRepository.getJobExecutions(execution.getJobInstance());
		long latest = all.stream().mapToLong(JobExecution::getId).max().orElse(executionId);
		if (latest != executionId) {
			throw new IllegalArgumentException("execution " + executionId + " (" + run + ") was already restarted "
					+ "as execution " + latest + ": restart that one if it did not complete");
		}
		return execution;
	}

	public boolean isRunning() {
		return launches.get() > 0;
	}

	/**
	 * Asks every run of this process to stop after its current chunk, and waits for them,
	 * at most {@code wait}.
	 */
	public void stopAll(Duration wait) throws InterruptedException {
		for (Long id : running.snapshot()) {
			JobExecution execution = jobRepository.getJobExecution(id);
			if (execution != null && execution.isRunning()) {
				try {
					jobOperator.stop(execution);
				}
				catch (Exception ex) {
					// it finished between the check and the stop: nothing to stop
				}
			}
		}
		long deadline = System.nanoTime() + wait.toNanos();
		// wait for the launching threads, not only the jobs: they still record the run's
		// end in the database
		while (launches.get() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
	}

	RunOutcome outcome(JobExecution execution) {
		JobParameters p = execution.getJobParameters();
		long runId = execution.getJobInstance().getInstanceId();
		long rows = inputs.rowsOf(runId);
		Map<String, Long> findings = new LinkedHashMap<>();
		jdbc.query("SELECT STATUS, COUNT(*) FROM MIZAN_FINDING WHERE RUN_ID = ? GROUP BY STATUS ORDER BY STATUS",
				rs -> {
					findings.put(rs.getString(1), rs.getLong(2));
				}, rows);
		int articles = count("SELECT COUNT(*) FROM MIZAN_ARTICLE WHERE RUN_ID = ? AND STATUS = 'OK'", rows);
		int skipped = count("SELECT COUNT(*) FROM MIZAN_ARTICLE WHERE RUN_ID = ? AND STATUS <> 'OK'", rows);
		int facts = count("SELECT COALESCE(SUM(FACTS), 0) FROM MIZAN_ARTICLE WHERE RUN_ID = ?", rows);
		String report = jdbc.queryForList("SELECT REPORT_PATH FROM MIZAN_RUN WHERE RUN_ID = ?", String.class, runId)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		List<Throwable> failures = execution.getAllFailureExceptions();
		String failure = failures.stream().anyMatch(DiskFull::causes)
				? "the disk holding " + dataDir + " is full (" + freeMegabytes() + " MB free): free some space, then "
						+ "`mizan recover` (or `mizan restart " + execution.getId()
						+ "` if `status` shows the run FAILED)"
				: failures.stream().findFirst().map(RunLauncher::rootCause).orElse(null);
		Duration duration = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
				: Duration.between(execution.getStartTime(), execution.getEndTime());
		return new RunOutcome(execution.getId(), p.getString(JobParameterNames.CORPUS),
				p.getString(JobParameterNames.RUN_KEY), execution.getStatus(), failure, articles, skipped, facts,
				findings, report, duration);
	}

	private long freeMegabytes() {
		try {
			return Files.getFileStore(dataDir).getUsableSpace() / (1024 * 1024);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/**
	 * The innermost cause, in one line: the outer ones only say which step or chunk it
	 * was.
	 */
	private static String rootCause(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage()).replaceAll("\\s+", " ").strip();
		return root.getClass().getSimpleName() + ": "
				+ (message.length() > 300 ? message.substring(0, 300) + "…" : message);
	}

	private int count(String sql, long runId) {
		Integer n = jdbc.queryForObject(sql, Integer.class, runId);
		return n == null ? 0 : n;
	}

}
