package org.mizan.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Interim recognizer: digits with thousands separators, optionally followed by a thousands word. */
public class MentionRecognizer {

	private static final Pattern NUMBER = Pattern
		.compile("(?<![\\p{L}\\d-])([0-9٠-٩]{1,3}(?:[,٬][0-9٠-٩]{3})+|[0-9٠-٩]+)(\\s+(?:آلاف|ألف))?(?![\\d-])");

	public List<Mention> recognize(String text) {
		List<Mention> out = new ArrayList<>();
		Matcher m = NUMBER.matcher(text);
		while (m.find()) {
			StringBuilder digits = new StringBuilder();
			for (char c : m.group(1).toCharArray()) {
				if (c >= '٠' && c <= '٩') {
					digits.append((char) ('0' + c - '٠'));
				}
				else if (Character.isDigit(c)) {
					digits.append(c);
				}
			}
			double v = Double.parseDouble(digits.toString());
			if (m.group(2) != null) {
				v *= 1000;
			}
			boolean year = m.group(2) == null && v >= 1900 && v <= 2100 && digits.length() == 4;
			out.add(year ? new Mention(m.group(), m.start(), m.end(), MentionKind.DATE, null, null, null, null, null,
					digits.toString())
					: new Mention(m.group(), m.start(), m.end(), MentionKind.NUMBER, v, v, v, null, null, null));
		}
		return out;
	}

}
