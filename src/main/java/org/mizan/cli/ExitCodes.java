package org.mizan.cli;

/** The exit codes every command uses. */
final class ExitCodes {

	static final int DONE = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	static final int BUSY = 4;

	static final int NOTHING_READ = 5;

	/**
	 * Most serious first: what several runs end with is the most serious of their codes.
	 */
	private static final java.util.List<Integer> SERIOUSNESS = java.util.List.of(FAILED, BUSY, USAGE, NOTHING_READ, 3,
			DONE);

	static int worse(int a, int b) {
		int ra = SERIOUSNESS.indexOf(a);
		int rb = SERIOUSNESS.indexOf(b);
		return (ra < 0 ? -1 : ra) <= (rb < 0 ? -1 : rb) ? a : b;
	}

	private ExitCodes() {
	}

}
