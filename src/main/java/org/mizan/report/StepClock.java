package org.mizan.report;

import java.util.StringJoiner;

/**
 * Times the phases of a step for its log line:
 * {@code "3.1 s: facts 1.2 s, findings 0.4 s"}.
 */
final class StepClock {

	private final long started = System.nanoTime();

	private long last = this.started;

	private final StringJoiner phases = new StringJoiner(", ");

	void lap(String phase) {
		long now = System.nanoTime();
		this.phases.add(phase + " " + seconds(now - this.last) + " s");
		this.last = now;
	}

	@Override
	public String toString() {
		return seconds(this.last - this.started) + " s: " + this.phases;
	}

	private static String seconds(long nanos) {
		return String.format("%.1f", nanos / 1e9);
	}

}
