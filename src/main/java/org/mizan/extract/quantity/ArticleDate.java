package org.mizan.extract.quantity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.mizan.extract.Mention;
import org.mizan.extract.MentionKind;

/**
 * When an article is, from its own dates: the latest year any of them names, and that day
 * when one of them is a full date of that year (a masthead's «الأحد 14 مارس 2027»). The
 * page's boilerplate counts: a masthead dates the article even when its body names only a
 * past year.
 *
 * @param year the latest year, or 0
 * @param day the latest full date of that year, or null
 */
public record ArticleDate(int year, LocalDate day) {

	public static final ArticleDate UNKNOWN = new ArticleDate(0, null);

	/** The article's date from every date among {@code mentions}. */
	public static ArticleDate of(List<Mention> mentions) {
		int year = 0;
		LocalDate day = null;
		for (Mention m : mentions) {
			if (m.kind() != MentionKind.DATE) {
				continue;
			}
			int y = FrameReader.year(m);
			LocalDate d = fullDate(m.date());
			if (y > year) {
				year = y;
				day = d;
			}
			else if (y == year && d != null && (day == null || d.isAfter(day))) {
				day = d;
			}
		}
		return new ArticleDate(year, day);
	}

	/** An ISO date {@code yyyy-mm-dd}, or null for a partial or Hijri one. */
	private static LocalDate fullDate(String iso) {
		if (iso == null || iso.length() != 10 || !Character.isDigit(iso.charAt(0))) {
			return null;
		}
		try {
			return LocalDate.parse(iso);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
