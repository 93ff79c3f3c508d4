package org.mizan.job;

import org.mizan.MizanProperties;
import org.mizan.store.RunStore;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Records the run in Mizan's own table when its job instance first starts, and which runs
 * are in progress.
 */
class RunListener implements JobExecutionListener {

	private final RunStore runs;

	private final MizanProperties properties;

	private final RunningExecutions running;

	private final StatusBoard board;

	RunListener(RunStore runs, MizanProperties properties, RunningExecutions running, StatusBoard board) {
		this.board = board;
		this.runs = runs;
		this.running = running;
		this.properties = properties;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		running.started(execution.getId());
		JobParameters p = execution.getJobParameters();
		runs.begin(execution.getJobInstance().getInstanceId(), p.getString(JobParameterNames.CORPUS),
				p.getString(JobParameterNames.RUN_KEY), p.getString(JobParameterNames.CORPUS_PATH),
				properties.getTolerance());
		board.runStarted(p.getString(JobParameterNames.CORPUS), p.getString(JobParameterNames.RUN_KEY),
				execution.getId());
	}

	@Override
	public void afterJob(JobExecution execution) {
		running.ended(execution.getId());
		board.runEnded(execution.getStatus().toString());
	}

}
