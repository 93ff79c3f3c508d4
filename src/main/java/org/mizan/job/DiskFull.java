package org.mizan.job;

/** Whether a failure comes from a full disk, however the layer that met it reports it. */
public final class DiskFull {

	private DiskFull() {
	}

	public static boolean causes(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = String.valueOf(t.getMessage());
			// the JDK's write, HSQLDB's memory-mapped data file, and HSQLDB when its data
			// file cannot grow
			if (message.contains("No space left on device") || message.contains("Disk quota exceeded")
					|| t instanceof InternalError && message.contains("unsafe memory access")
					|| message.contains("Data File size limit is reached")) {
				return true;
			}
		}
		return false;
	}

}
