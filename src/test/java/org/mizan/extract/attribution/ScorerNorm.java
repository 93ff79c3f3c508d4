package org.mizan.extract.attribution;

/**
 * The scorer's name normalization (tools/score_report.py {@code norm}), for matching as
 * it does.
 */
final class ScorerNorm {

	private ScorerNorm() {
	}

	static String norm(String s) {
		if (s == null) {
			return "";
		}
		String out = s.replaceAll("[\u064B-\u0652\u0670\u0640]", "");
		out = out.replaceAll("[أإآٱ]", "ا").replace('ى', 'ي').replace('ة', 'ه');
		out = out.replaceAll("[\\s\u00A0\u200F\u200E]+", " ");
		out = out.replaceAll("[«»“”\"'″]", "");
		return out.strip();
	}

}
