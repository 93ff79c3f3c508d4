package org.mizan.cli;

import java.nio.file.Path;

import org.mizan.extract.MentionRecognizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mizan} command and its subcommands. */
@Command(name = "mizan", mixinStandardHelpOptions = true, version = "Mizan 0.1",
		description = "Weighs what each source says about one story: extracts facts from a corpus of articles, "
				+ "lines up the same fact across sources and writes a review workbook.",
		subcommands = { RunCommand.class, ExtractCommand.class, StatusCommand.class, RestartCommand.class,
				RecoverCommand.class, ServeCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:done", "1:the run failed or was stopped", "2:usage or input error",
				"3:done, but some articles were skipped (listed in the workbook)",
				"4:another Mizan process is using the same data folder",
				"5:nothing read: the corpus holds no readable article" })
public class MizanCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	public static int execute(String... args) {
		CommandLine cli = new CommandLine(new MizanCommand(), new Factory());
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			Throwable busy = ex;
			while (busy != null && !(busy instanceof DataDirectoryLock.BusyException)) {
				busy = busy.getCause();
			}
			if (busy != null) {
				commandLine.getErr().println("mizan: " + busy.getMessage());
				return ExitCodes.BUSY;
			}
			// e.g. a full disk or a damaged database: one line for the operator, the
			// trace to the log file
			Path dataDir = OperatorConfig.present() ? OperatorConfig.load().dataDir() : Path.of("data");
			Faults.record(ex, dataDir, String.join(" ", args));
			commandLine.getErr().println("mizan: " + Faults.explain(ex, dataDir));
			if (Boolean.getBoolean("mizan.debug")) {
				ex.printStackTrace(commandLine.getErr());
			}
			return ExitCodes.FAILED;
		});
		int code = cli.execute(args);
		SpringContext.commandFinished(code);
		return code;
	}

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
	}

	/**
	 * Builds commands that take collaborators; everything else by default construction.
	 */
	static final class Factory implements CommandLine.IFactory {

		private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

		@Override
		public <K> K create(Class<K> type) throws Exception {
			if (type == ExtractCommand.class) {
				return type.cast(new ExtractCommand(new MentionRecognizer()));
			}
			return fallback.create(type);
		}

	}

}
