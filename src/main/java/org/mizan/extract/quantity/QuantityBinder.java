package org.mizan.extract.quantity;

import java.util.ArrayList;
import java.util.List;

import org.mizan.extract.Mention;
import org.mizan.extract.MentionKind;
import org.mizan.text.TextSpan;

/** Interim binder: the word after the number is what it counts. */
public class QuantityBinder {

	public List<BoundQuantity> bind(String text, List<TextSpan> sentences, List<Mention> mentions) {
		List<BoundQuantity> out = new ArrayList<>();
		for (Mention m : mentions) {
			if (m.kind() == MentionKind.DATE) {
				out.add(new BoundQuantity(m, "date", "date", null, null, null, List.of()));
				continue;
			}
			if (m.unit() != null) {
				out.add(new BoundQuantity(m, m.unit(), m.unit(), null, null, null, List.of()));
				continue;
			}
			int i = m.end();
			while (i < text.length() && text.charAt(i) == ' ') {
				i++;
			}
			int j = i;
			while (j < text.length() && Character.isLetter(text.charAt(j))) {
				j++;
			}
			String word = text.substring(i, j);
			String unit = word.isEmpty() ? "count" : word;
			out.add(new BoundQuantity(m, unit, unit, word.isEmpty() ? null : word, null, null, List.of()));
		}
		return out;
	}

}
