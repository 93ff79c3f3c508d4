package org.mizan.report;

/** A workbook that cannot be read safely; the message is one line for the operator. */
public class UnreadableWorkbookException extends Exception {

	public UnreadableWorkbookException(String message, Throwable cause) {
		super(message, cause);
	}

}
