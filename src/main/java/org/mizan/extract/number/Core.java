package org.mizan.extract.number;

/**
 * The number itself, before what qualifies it.
 *
 * @param startChar normalized offset of the number
 * @param end token after it
 * @param skip digits that are part of a name: nothing to report
 * @param percent a percent word came before ("نسبة 20")
 * @param currency a currency symbol came before ("$10")
 * @param tail the last unit joined with و, the numerator if a fraction follows ("مئة
 * وثلاثة أرباع")
 */
record Core(int startChar, int end, double value, boolean ordinal, boolean skip, boolean percent, String currency,
		double tail) {

	Core(int startChar, int end, double value, boolean ordinal, boolean skip, boolean percent, String currency) {
		this(startChar, end, value, ordinal, skip, percent, currency, 0);
	}

}
