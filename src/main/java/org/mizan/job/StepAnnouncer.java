package org.mizan.job;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Tells the {@link StatusBoard} which step the run is in. */
class StepAnnouncer implements StepExecutionListener {

	private final StatusBoard board;

	StepAnnouncer(StatusBoard board) {
		this.board = board;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		board.step(stepExecution.getStepName());
	}

}
