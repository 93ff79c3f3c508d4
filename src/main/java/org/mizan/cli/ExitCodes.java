package org.mizan.cli;

/** The exit codes every command uses. */
final class ExitCodes {

	static final int DONE = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	static final int BUSY = 4;

	private ExitCodes() {
	}

}
