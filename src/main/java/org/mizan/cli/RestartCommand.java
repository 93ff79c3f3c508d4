package org.mizan.cli;

import java.util.concurrent.Callable;

import org.mizan.job.Leftovers;
import org.mizan.job.RunLauncher;
import org.mizan.job.RunOutcome;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code restart EXECUTION}: continues a failed or stopped run where it stopped. */
@Command(name = "restart", mixinStandardHelpOptions = true,
		description = "Continue a failed or stopped run where it stopped (the execution id is shown by `status`).")
class RestartCommand implements Callable<Integer> {

	@Parameters(paramLabel = "EXECUTION", description = "the job execution id of the failed run")
	long executionId;

	@Override
	public Integer call() throws Exception {
		if (!OperatorConfig.present()) {
			System.err.println("mizan: " + OperatorConfig.missingLine());
			return ExitCodes.USAGE;
		}
		try (ConfigurableApplicationContext context = SpringContext.start("restart " + executionId)) {
			RunOutcome outcome;
			try {
				RunLauncher launcher = context.getBean(RunLauncher.class);
				launcher.checkRestartable(executionId);
				context.getBean(Leftovers.class).clean();
				outcome = launcher.restart(executionId);
			}
			catch (IllegalArgumentException ex) {
				System.err.println("mizan: " + ex.getMessage());
				return ExitCodes.USAGE;
			}
			System.out.println(outcome.summaryLine());
			return outcome.exitCode();
		}
	}

}
