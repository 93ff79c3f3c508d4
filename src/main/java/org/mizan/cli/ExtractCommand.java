package org.mizan.cli;

import java.util.concurrent.Callable;

import org.mizan.extract.MentionRecognizer;
import picocli.CommandLine.Command;

/** Interim: the extract command (see spec/extract-cli.md). */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Print the numbers and dates read in a text.")
public class ExtractCommand implements Callable<Integer> {

	private final MentionRecognizer recognizer;

	public ExtractCommand(MentionRecognizer recognizer) {
		this.recognizer = recognizer;
	}

	@Override
	public Integer call() {
		return 0;
	}

}
