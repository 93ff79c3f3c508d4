package org.mizan.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mizan.report.VerdictReader;
import org.mizan.report.WorkbookWriter;
import org.mizan.store.JdbcReportSource;
import org.mizan.store.RunInputs;
import org.mizan.store.RunStore;
import org.mizan.store.VerdictStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the run's workbook from the database. First it carries the reviewer's verdicts
 * over: from the corpus's previous {@code latest.xlsx} and any workbook saved in
 * {@code reviewed/}; a workbook that cannot be read is reported and skipped, never fatal
 * and never overwritten.
 */
class ReportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

	private final JdbcTemplate jdbc;

	private final RunStore runs;

	private final RunInputs inputs;

	private final VerdictStore verdicts;

	private final Path reportsDir;

	private final long runId;

	ReportTasklet(JdbcTemplate jdbc, RunStore runs, RunInputs inputs, VerdictStore verdicts, Path reportsDir,
			long runId) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.inputs = inputs;
		this.verdicts = verdicts;
		this.reportsDir = reportsDir;
		this.runId = runId;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		RunStore.Run run = runs.find(runId).orElseThrow();
		Path dir = corpusReportDir(run.corpus());
		Optional<RunStore.Run> previous = runs.previousFinished(run.corpus(), runId).flatMap(runs::find);
		VerdictImport carried = importVerdicts(run.corpus(), dir, previous);
		boolean verdictsChanged = carried.changed();
		String kept = !verdictsChanged && previous.isPresent() && sameWorkbook(run, previous.get(), dir)
				? previous.get().reportPath() : null;
		if (kept != null) {
			runs.finish(runId, kept, previous.get().reportSha256());
			log.info("same articles and verdicts as run {}: its workbook {} stays the latest", previous.get().runId(),
					kept);
			chunkContext.getStepContext().getStepExecution().getExecutionContext().putString("report", kept);
			return RepeatStatus.FINISHED;
		}
		runs.finish(runId, null, null);
		RunStore.Run finished = runs.find(runId).orElseThrow();
		Long previousRows = previous.map(p -> inputs.rowsOf(p.runId())).orElse(null);
		Path report = new WorkbookWriter().write(
				new JdbcReportSource(jdbc, finished, inputs.rowsOf(runId), previousRows, carried.workbooksRead()), dir,
				run.corpus(), finished.finished());
		runs.finish(runId, report.toString(), sha256(report));
		chunkContext.getStepContext().getStepExecution().getExecutionContext().putString("report", report.toString());
		return RepeatStatus.FINISHED;
	}

	/**
	 * The corpus's folder under the reports folder; a name that would lead anywhere else
	 * is refused.
	 */
	private Path corpusReportDir(String corpus) {
		Path base = reportsDir.toAbsolutePath().normalize();
		Path dir = base.resolve(corpus).normalize();
		if (!base.equals(dir.getParent())) {
			throw new IllegalStateException("corpus name '" + corpus + "' would write outside " + base);
		}
		return dir;
	}

	/**
	 * Whether the previous run's workbook is exactly what this run would write: the same
	 * inputs give the same findings, no verdict changed, and {@code latest.xlsx} is still
	 * that workbook as written.
	 */
	private static boolean sameWorkbook(RunStore.Run run, RunStore.Run previous, Path dir) throws IOException {
		return run.inputFingerprint() != null && run.inputFingerprint().equals(previous.inputFingerprint())
				&& previous.reportPath() != null && Files.isRegularFile(Path.of(previous.reportPath()))
				&& isWorkbookOf(previous, dir.resolve(WorkbookWriter.LATEST));
	}

	private static boolean isWorkbookOf(RunStore.Run run, Path workbook) throws IOException {
		return run.reportSha256() != null && Files.isRegularFile(workbook)
				&& run.reportSha256().equals(sha256(workbook));
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return DigestUtils.sha256Hex(in);
		}
	}

	/**
	 * Carries the verdicts over ({@link VerdictImport}); {@code latest.xlsx} is read
	 * unless it is the previous run's workbook as written, whose verdicts came from the
	 * database.
	 */
	private VerdictImport importVerdicts(String corpus, Path dir, Optional<RunStore.Run> previous) throws IOException {
		Path latest = dir.resolve(WorkbookWriter.LATEST);
		boolean readLatest = !(previous.isPresent() && isWorkbookOf(previous.get(), latest));
		Set<String> findings = new HashSet<>(jdbc.queryForList("SELECT FINDING_ID FROM MIZAN_FINDING WHERE RUN_ID = ?",
				String.class, inputs.rowsOf(runId)));
		VerdictImport carried = new VerdictImport(verdicts, new VerdictReader());
		carried.run(corpus, dir, readLatest, findings);
		return carried;
	}

}
