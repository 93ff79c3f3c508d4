import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

/**
 * Step timings of the latest job execution in a Mizan data folder, read from the Spring Batch job repository while
 * Mizan is not running. Prints shell assignments (epoch milliseconds and seconds) for bench/end-to-end.sh.
 *
 * <pre>java -cp hsqldb.jar bench/StepTimings.java DATA_DIR</pre>
 */
public class StepTimings {

	public static void main(String[] args) throws SQLException {
		if (args.length != 1) {
			System.err.println("usage: java -cp hsqldb.jar StepTimings.java DATA_DIR");
			System.exit(2);
		}
		String url = "jdbc:hsqldb:file:" + args[0] + "/mizan;ifexists=true;shutdown=true";
		try (Connection db = DriverManager.getConnection(url, "SA", ""); Statement sql = db.createStatement()) {
			long execution = single(sql, "SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION");
			try (ResultSet job = sql.executeQuery(
					"SELECT START_TIME, END_TIME, STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = " + execution)) {
				job.next();
				System.out.println("job_execution=" + execution);
				System.out.println("job_status=" + job.getString(3));
				System.out.println("job_start_ms=" + millis(job.getTimestamp(1)));
				System.out.println("job_end_ms=" + millis(job.getTimestamp(2)));
			}
			try (ResultSet steps = sql.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME, READ_COUNT"
					+ " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = " + execution + " ORDER BY START_TIME")) {
				long firstPartition = Long.MAX_VALUE;
				int partitions = 0;
				while (steps.next()) {
					String name = steps.getString(1);
					long start = millis(steps.getTimestamp(2));
					long end = millis(steps.getTimestamp(3));
					if (name.startsWith("extractPartition")) {
						firstPartition = Math.min(firstPartition, start);
						partitions++;
					}
					else {
						System.out.printf("%s_s=%.2f%n", name, (end - start) / 1000.0);
					}
				}
				System.out.println("partitions=" + partitions);
				System.out.println("first_partition_ms=" + (partitions == 0 ? 0 : firstPartition));
			}
		}
	}

	private static long single(Statement sql, String query) throws SQLException {
		try (ResultSet row = sql.executeQuery(query)) {
			row.next();
			return row.getLong(1);
		}
	}

	private static long millis(Timestamp time) {
		return time == null ? 0 : time.getTime();
	}

}
