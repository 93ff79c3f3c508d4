package org.mizan.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.mizan.job.Leftovers;
import org.mizan.job.RunLauncher;
import org.mizan.job.RunOutcome;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code recover}: a run left STARTED by a process that died (kill -9, power loss) is
 * marked failed and restarted where it stopped; what the dead process left in the
 * temporary folders is removed first.
 */
@Command(name = "recover", mixinStandardHelpOptions = true,
		description = "Recover runs left STARTED by a crash (kill -9, power loss) and restart them where they stopped.")
class RecoverCommand implements Callable<Integer> {

	@Parameters(arity = "0..1", paramLabel = "EXECUTION",
			description = "the execution to recover (default: every run left STARTED)")
	Long executionId;

	@Override
	public Integer call() throws Exception {
		if (!OperatorConfig.present()) {
			System.err.println("mizan: " + OperatorConfig.missingLine());
			return ExitCodes.USAGE;
		}
		try (ConfigurableApplicationContext context = SpringContext.start("recover")) {
			RunLauncher launcher = context.getBean(RunLauncher.class);
			context.getBean(Leftovers.class).clean();
			List<Long> abandoned = launcher.abandonedExecutions();
			List<Long> targets = executionId == null ? abandoned : List.of(executionId);
			if (targets.isEmpty()) {
				System.out.println("nothing to recover: no run was left STARTED");
				return ExitCodes.DONE;
			}
			int code = ExitCodes.DONE;
			for (Long id : targets) {
				if (!abandoned.contains(id)) {
					System.err.println("mizan: execution " + id + " is not a run left STARTED by a crash (`mizan "
							+ "status` shows each run's status; a failed or stopped run continues with `mizan restart "
							+ id + "`)");
					return ExitCodes.USAGE;
				}
				RunOutcome outcome = launcher.recoverAndRestart(id);
				System.out.println(outcome.summaryLine());
				code = ExitCodes.worse(code, outcome.exitCode());
			}
			return code;
		}
	}

}
