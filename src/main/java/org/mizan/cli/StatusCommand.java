package org.mizan.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.mizan.job.StatusBoard;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code status}: the recent runs, from the job repository; while another process holds
 * the data folder (a run, or {@code serve} during its nightly run) the database cannot be
 * opened, so it shows what that process is doing.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = "List recent runs from the job repository, or what the run going on now is doing.")
class StatusCommand implements Callable<Integer> {

	@Option(names = "--limit", defaultValue = "20", description = "how many runs (default ${DEFAULT-VALUE})")
	int limit;

	@Override
	public Integer call() {
		if (!OperatorConfig.present()) {
			System.err.println("mizan: " + OperatorConfig.missingLine());
			return ExitCodes.USAGE;
		}
		Path dataDir = OperatorConfig.load().dataDir();
		Optional<String> holder = DataDirectoryLock.holder(dataDir);
		if (holder.isPresent()) {
			String board = StatusBoard.read(dataDir);
			System.out.println("running now: " + holder.get());
			System.out.println(board == null ? "(no progress recorded yet)" : board.indent(2).stripTrailing());
			System.out.println("the list of recent runs is shown once it has finished");
			return ExitCodes.DONE;
		}
		try (ConfigurableApplicationContext context = SpringContext.start("status")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			System.out.printf("%-9s %-12s %-22s %-10s %8s %8s %8s  %s%n", "EXECUTION", "CORPUS", "RUN KEY", "STATUS",
					"ARTICLES", "SKIPPED", "FACTS", "REPORT");
			jdbc.query("SELECT e.JOB_EXECUTION_ID, e.STATUS, r.CORPUS, r.RUN_KEY, r.REPORT_PATH, "
					+ "(SELECT COUNT(*) FROM MIZAN_ARTICLE a WHERE a.RUN_ID = COALESCE(r.SAME_AS, r.RUN_ID) "
					+ "AND a.STATUS = 'OK'), "
					+ "(SELECT COUNT(*) FROM MIZAN_ARTICLE a WHERE a.RUN_ID = COALESCE(r.SAME_AS, r.RUN_ID) "
					+ "AND a.STATUS <> 'OK'), " + "(SELECT COALESCE(SUM(a.FACTS), 0) FROM MIZAN_ARTICLE a "
					+ "WHERE a.RUN_ID = COALESCE(r.SAME_AS, r.RUN_ID)) "
					+ "FROM BATCH_JOB_EXECUTION e JOIN MIZAN_RUN r ON r.RUN_ID = e.JOB_INSTANCE_ID "
					+ "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT " + Math.max(1, limit), rs -> {
						System.out.printf("%-9d %-12s %-22s %-10s %8d %8d %8d  %s%n", rs.getLong(1), rs.getString(3),
								rs.getString(4), rs.getString(2), rs.getLong(6), rs.getLong(7), rs.getLong(8),
								rs.getString(5) == null ? "" : rs.getString(5));
					});
			return ExitCodes.DONE;
		}
	}

}
