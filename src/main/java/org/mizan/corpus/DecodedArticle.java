package org.mizan.corpus;

/** One article file as read: its text, or the reason it was skipped. */
public record DecodedArticle(String name, String text, String sha256, long bytes, String status, String reason,
		String title) {

	public boolean ok() {
		return "OK".equals(status);
	}

}
