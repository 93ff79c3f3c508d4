package org.mizan.job;

/**
 * The job's parameters. A run is identified by the corpus and the run key; the folder is
 * informational.
 */
final class JobParameterNames {

	static final String CORPUS = "corpus";

	static final String RUN_KEY = "runKey";

	static final String CORPUS_PATH = "corpusPath";

	private JobParameterNames() {
	}

}
