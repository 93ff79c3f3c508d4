package org.mizan.job;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mizan.report.UnreadableWorkbookException;
import org.mizan.report.Verdict;
import org.mizan.report.VerdictReader;
import org.mizan.report.WorkbookWriter;
import org.mizan.store.JdbcReportSource;
import org.mizan.store.RunStore;
import org.mizan.store.VerdictStore;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the run's workbook from the database. First it carries the reviewer's verdicts over: from the corpus's
 * previous {@code latest.xlsx} and any workbook saved in {@code reviewed/}; a workbook that cannot be read is
 * reported and skipped, never fatal and never overwritten.
 */
class ReportTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReportTasklet.class);

	private final JdbcTemplate jdbc;

	private final RunStore runs;

	private final VerdictStore verdicts;

	private final Path reportsDir;

	private final long runId;

	ReportTasklet(JdbcTemplate jdbc, RunStore runs, VerdictStore verdicts, Path reportsDir, long runId) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.verdicts = verdicts;
		this.reportsDir = reportsDir;
		this.runId = runId;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		RunStore.Run run = runs.find(runId).orElseThrow();
		Path dir = reportsDir.resolve(run.corpus());
		importVerdicts(run.corpus(), dir);
		runs.finish(runId, null);
		RunStore.Run finished = runs.find(runId).orElseThrow();
		Long previous = runs.previousFinished(run.corpus(), runId).orElse(null);
		Path report = new WorkbookWriter().write(new JdbcReportSource(jdbc, finished, previous), dir, run.corpus(),
				finished.finished());
		runs.finish(runId, report.toString());
		chunkContext.getStepContext().getStepExecution().getExecutionContext().putString("report", report.toString());
		return RepeatStatus.FINISHED;
	}

	private void importVerdicts(String corpus, Path dir) throws IOException {
		List<Path> workbooks = new ArrayList<>();
		if (Files.isRegularFile(dir.resolve("latest.xlsx"))) {
			workbooks.add(dir.resolve("latest.xlsx"));
		}
		Path reviewed = dir.resolve("reviewed");
		if (Files.isDirectory(reviewed)) {
			try (DirectoryStream<Path> files = Files.newDirectoryStream(reviewed, "*.xlsx")) {
				files.forEach(workbooks::add);
			}
		}
		VerdictReader reader = new VerdictReader();
		for (Path workbook : workbooks) {
			try {
				List<Verdict> read = reader.read(workbook);
				read.forEach(v -> verdicts.save(corpus, v));
				if (!read.isEmpty()) {
					log.info("carried over {} verdict(s) from {}", read.size(), workbook);
				}
			}
			catch (UnreadableWorkbookException ex) {
				log.warn("skipped reviewer workbook {}: {}", workbook, ex.getMessage());
			}
		}
	}

}
