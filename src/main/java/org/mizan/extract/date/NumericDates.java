package org.mizan.extract.date;

import java.util.List;

import org.mizan.extract.number.Found;
import org.mizan.extract.number.Token;

/** Dates written in digits only: {@code 2018-10-07}, {@code 7/10/2018}. */
final class NumericDates {

	private NumericDates() {
	}

	static Found read(List<Token> t, int i, DateLexicon lex) {
		if (i + 4 >= t.size() || !t.get(i).is(Token.Type.NUM) || t.get(i).plainDigits() == 0) {
			return null;
		}
		char sep = t.get(i + 1).is(Token.Type.SYM) ? t.get(i + 1).text().charAt(0) : 0;
		if (sep != '-' && sep != '/' || !t.get(i + 3).isSym(sep)) {
			return null;
		}
		for (int k = i + 1; k <= i + 4; k++) {
			if (!t.get(k).glued() || k % 2 == i % 2 && t.get(k).plainDigits() == 0) {
				return null;
			}
		}
		int a = (int) t.get(i).value();
		int b = (int) t.get(i + 2).value();
		int c = (int) t.get(i + 4).value();
		int year;
		int month;
		int day;
		if (t.get(i).plainDigits() == 4) {
			year = a;
			month = b;
			day = c;
		}
		else if (t.get(i + 4).plainDigits() == 4) {
			year = c;
			month = b;
			day = a;
		}
		else {
			return null;
		}
		if (month < 1 || month > 12 || day < 1 || day > 31 || year < lex.yearMin || year > lex.yearMax) {
			return null;
		}
		return Found.date(t.get(i).start(), t.get(i + 4).end(), i + 5, DateRecognizer.format(year, month, day, false));
	}

}
