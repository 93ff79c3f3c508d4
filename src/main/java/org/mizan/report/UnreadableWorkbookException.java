package org.mizan.report;

/**
 * A workbook that cannot be read safely; the message is one line saying why. The file is
 * left as it is.
 */
public class UnreadableWorkbookException extends Exception {

	private static final long serialVersionUID = 1L;

	public UnreadableWorkbookException(String message) {
		super(message);
	}

	public UnreadableWorkbookException(String message, Throwable cause) {
		super(message, cause);
	}

}
