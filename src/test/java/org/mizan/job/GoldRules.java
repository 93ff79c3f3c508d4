package org.mizan.job;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The rules of {@code score_report.py} that every scorer here shares, as Python applies
 * them: text normalization, numbers read from cells, value, article and surface matching.
 * A workbook row is a {@link WorkbookRows} row (a numeric cell is a {@code Double}, a
 * blank cell {@code null}); Python reads an integral number as an int, a boolean cell as
 * its text ({@code "1"} / {@code "0"}), and {@link #str} says what Python's {@code str()}
 * makes of each. One difference is left: a text cell holding the empty string is
 * {@code ""} to Python and {@code null} here, which matters only for a {@code Finding} id
 * ({@code str(None)} is {@code "None"}); the job writes no empty text cells.
 */
final class GoldRules {

	/**
	 * Python's whitespace ({@code str.isspace}, what {@code \s} and {@code strip()} mean
	 * there).
	 */
	static final String PY_SPACE = "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";

	private static final Pattern DIACRITICS = Pattern.compile("[\u064B-\u0652\u0670\u0640]");

	private static final Pattern ALEFS = Pattern.compile("[أإآٱ]");

	private static final Pattern SPACES = Pattern.compile("[" + PY_SPACE + "\u00A0\u200F\u200E]+");

	private static final Pattern QUOTES = Pattern.compile("[«»“”\"'″]");

	private static final String DIGIT = "[0-9](?:_?[0-9])*";

	private static final Pattern PY_FLOAT = Pattern
		.compile("[+-]?(?:" + DIGIT + "(?:\\.(?:" + DIGIT + ")?)?|\\." + DIGIT + ")(?:[eE][+-]?" + DIGIT + ")?");

	private static final Pattern PY_FLOAT_SPECIAL = Pattern.compile("([+-]?)(inf|infinity|nan)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}", Pattern.UNICODE_CHARACTER_CLASS);

	private GoldRules() {
	}

	/**
	 * {@code norm}: Arabic-Indic digits to ASCII, no diacritics or tatweel, one alef, ya
	 * and ha, single spaces, no quotes.
	 */
	static String norm(Object value) {
		if (value == null) {
			return "";
		}
		String s = str(value);
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= '٠' && c <= '٩') {
				b.append((char) ('0' + c - '٠'));
			}
			else if (c >= '۰' && c <= '۹') {
				b.append((char) ('0' + c - '۰'));
			}
			else {
				b.append(c);
			}
		}
		String t = DIACRITICS.matcher(b).replaceAll("");
		t = ALEFS.matcher(t).replaceAll("ا").replace('ى', 'ي').replace('ة', 'ه');
		t = SPACES.matcher(t).replaceAll(" ");
		return strip(QUOTES.matcher(t).replaceAll(""));
	}

	/** {@code num}: a cell or gold value as a number, {@code null} when it is none. */
	static Double num(Object x) {
		if (x == null || "".equals(x)) {
			return null;
		}
		if (x instanceof Number n) {
			return n.doubleValue();
		}
		if (x instanceof Boolean bool) {
			return bool ? 1.0 : 0.0;
		}
		if (x instanceof JsonNode node) {
			if (node.isNull() || node.isMissingNode()) {
				return null;
			}
			if (node.isNumber()) {
				return node.asDouble();
			}
			if (node.isBoolean()) {
				return node.asBoolean() ? 1.0 : 0.0;
			}
			return num(node.isString() ? node.asString() : node.toString());
		}
		StringBuilder b = new StringBuilder();
		String s = str(x);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= '٠' && c <= '٩') {
				b.append((char) ('0' + c - '٠'));
			}
			else if (c >= '۰' && c <= '۹') {
				b.append((char) ('0' + c - '۰'));
			}
			else if (c != ',' && c != '٬') {
				b.append(c);
			}
		}
		return pyFloat(b.toString());
	}

	/**
	 * Python's {@code float(str)}: surrounding whitespace, any decimal digits,
	 * underscores between digits, inf, nan.
	 */
	static Double pyFloat(String text) {
		StringBuilder b = new StringBuilder();
		String s = strip(text);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			b.append(
					Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? (char) ('0' + Character.digit(c, 10)) : c);
		}
		String t = b.toString();
		if (PY_FLOAT.matcher(t).matches()) {
			return Double.parseDouble(t.replace("_", ""));
		}
		var special = PY_FLOAT_SPECIAL.matcher(t);
		if (special.matches()) {
			double v = special.group(2).equalsIgnoreCase("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
			return "-".equals(special.group(1)) ? -v : v;
		}
		return null;
	}

	/** {@code close}: within half a percent (or 1e-9). */
	static boolean close(Double a, Double b) {
		if (a == null || b == null) {
			return false;
		}
		double bound = 0.005 * Math.max(Math.abs(a), Math.abs(b));
		// Python's max(1e-9, nan) is 1e-9; either way nothing is close to nan
		return Math.abs(a - b) <= (bound > 1e-9 ? bound : 1e-9);
	}

	/**
	 * {@code value_matches}: gold value a number, {@code [lo, hi]} (null = open), an ISO
	 * date or HH:MM.
	 */
	static boolean valueMatches(JsonNode goldValue, Map<String, Object> row) {
		Double v = num(row.get("Value"));
		Double lo = num(row.get("Low"));
		Double hi = num(row.get("High"));
		if (goldValue.isArray()) {
			JsonNode glo = goldValue.get(0);
			JsonNode ghi = goldValue.get(1);
			boolean gloNone = glo == null || glo.isNull();
			boolean ghiNone = ghi == null || ghi.isNull();
			boolean okLo = gloNone || close(num(glo), lo) || close(num(glo), v);
			boolean okHi = ghiNone || close(num(ghi), hi) || (close(num(ghi), v) && gloNone);
			return okLo && okHi;
		}
		if (goldValue.isNumber() || goldValue.isBoolean()) {
			Double g = num(goldValue);
			return close(g, v) || close(g, lo) || close(g, hi);
		}
		String g = goldValue.isNull() || goldValue.isMissingNode() ? "None"
				: goldValue.isString() ? goldValue.asString() : goldValue.toString();
		String cell = strOr(row.get("Value"));
		if (CLOCK.matcher(g).matches()) {
			return cell.contains(g) || cell.contains(lstrip(g, '0'));
		}
		return cell.equals(g) || cell.endsWith(lstrip(g, '-')) || (g.endsWith(lstrip(cell, '-')) && cell.length() >= 4);
	}

	/**
	 * {@code same_article}: the row's file name (without folders) is or starts with the
	 * gold article.
	 */
	static boolean sameArticle(String goldArticle, Map<String, Object> row) {
		String a = strOr(row.get("Article")).replace('\\', '/');
		a = a.substring(a.lastIndexOf('/') + 1);
		return a.equals(goldArticle) || a.startsWith(goldArticle);
	}

	/** {@code surfaces_overlap}: one normalized surface inside the other. */
	static boolean surfacesOverlap(String goldSurface, Map<String, Object> row) {
		String g = norm(goldSurface);
		String s = norm(row.get("Surface"));
		return !g.isEmpty() && !s.isEmpty() && (g.contains(s) || s.contains(g));
	}

	/**
	 * Python's truth of a cell as score_report reads it: blank, zero and empty text are
	 * false.
	 */
	static boolean truthy(Object cell) {
		if (cell == null) {
			return false;
		}
		if (cell instanceof Number n) {
			return n.doubleValue() != 0.0;
		}
		if (cell instanceof String s) {
			return !s.isEmpty();
		}
		return true;
	}

	/** Python's {@code str(cell or "")}. */
	static String strOr(Object cell) {
		return truthy(cell) ? str(cell) : "";
	}

	/** Python's {@code str()} of a cell as score_report reads it. */
	static String str(Object cell) {
		if (cell == null) {
			return "None";
		}
		if (cell instanceof Boolean bool) {
			return bool ? "1" : "0";
		}
		if (cell instanceof Double || cell instanceof Float) {
			return pyRepr(((Number) cell).doubleValue());
		}
		return cell.toString();
	}

	/**
	 * An integral number as Python's int, any other as Python's float repr (shortest
	 * round trip).
	 */
	static String pyRepr(double d) {
		if (Double.isNaN(d)) {
			return "nan";
		}
		if (Double.isInfinite(d)) {
			return d > 0 ? "inf" : "-inf";
		}
		if (d == Math.rint(d)) {
			return new BigDecimal(d).toBigInteger().toString();
		}
		BigDecimal exact = new BigDecimal(d);
		BigDecimal shortest = exact;
		for (int p = 1; p <= 17; p++) {
			BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
			if (r.doubleValue() == d) {
				shortest = r;
				break;
			}
		}
		shortest = shortest.stripTrailingZeros();
		String digits = shortest.unscaledValue().abs().toString();
		int exponent = digits.length() - 1 - shortest.scale();
		String sign = d < 0 ? "-" : "";
		if (exponent >= -4 && exponent < 16) {
			String plain = shortest.abs().toPlainString();
			return sign + (plain.contains(".") ? plain : plain + ".0");
		}
		String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
		return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
	}

	/** Python's {@code strip()}. */
	static String strip(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && isPySpace(s.charAt(start))) {
			start++;
		}
		while (end > start && isPySpace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(start, end);
	}

	private static boolean isPySpace(char c) {
		return (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= ' ') || c == '\u0085' || c == '\u00A0'
				|| c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
				|| c == '\u205F' || c == '\u3000';
	}

	private static String lstrip(String s, char c) {
		int i = 0;
		while (i < s.length() && s.charAt(i) == c) {
			i++;
		}
		return s.substring(i);
	}

}
