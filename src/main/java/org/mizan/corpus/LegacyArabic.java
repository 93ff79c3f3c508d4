package org.mizan.corpus;

import java.nio.charset.Charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Arabic in the two legacy code pages, Windows-1256 and ISO-8859-6: recognized only when
 * the bytes are plainly not UTF-8 (more invalid sequences than valid multi-byte ones: a
 * UTF-8 article with a few stray bytes stays invalid UTF-8) and the decoded text reads as
 * Arabic (most of its letters are Arabic).
 */
final class LegacyArabic {

	private static final String WINDOWS_1256 = "windows-1256";

	private static final String ISO_8859_6 = "ISO-8859-6";

	private static final double MIN_ARABIC_LETTER_SHARE = 0.6;

	private LegacyArabic() {
	}

	/** The text, or null when the bytes are not legacy Arabic. */
	static TextDecoder.Result decode(byte[] bytes) {
		if (!plainlyNotUtf8(bytes)) {
			return null;
		}
		String charset = WINDOWS_1256;
		CharsetDetector detector = new CharsetDetector();
		detector.setText(bytes);
		for (CharsetMatch match : detector.detectAll()) {
			if (ISO_8859_6.equalsIgnoreCase(match.getName()) || WINDOWS_1256.equalsIgnoreCase(match.getName())) {
				charset = match.getName();
				break;
			}
		}
		TextDecoder.Result decoded = TextDecoder.decodeStrict(bytes, 0, Charset.forName(charset), charset);
		if (decoded.problem() != null && !charset.equalsIgnoreCase(WINDOWS_1256)) {
			// ISO-8859-6 leaves bytes undefined that Windows-1256 maps
			decoded = TextDecoder.decodeStrict(bytes, 0, Charset.forName(WINDOWS_1256), WINDOWS_1256);
		}
		return decoded.problem() == null && readsAsArabic(decoded.text()) ? decoded : null;
	}

	/** More invalid UTF-8 sequences than valid multi-byte ones. */
	static boolean plainlyNotUtf8(byte[] bytes) {
		int valid = 0;
		int invalid = 0;
		for (int i = 0; i < bytes.length;) {
			int b = bytes[i] & 0xFF;
			int length = b < 0x80 ? 1
					: b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
			if (length == 1) {
				i++;
				continue;
			}
			boolean ok = length > 0 && i + length <= bytes.length;
			for (int k = 1; ok && k < length; k++) {
				ok = (bytes[i + k] & 0xC0) == 0x80;
			}
			if (ok) {
				valid++;
				i += length;
			}
			else {
				invalid++;
				i++;
			}
		}
		return invalid > valid;
	}

	private static boolean readsAsArabic(String text) {
		int letters = 0;
		int arabic = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) {
					arabic++;
				}
			}
		}
		return letters > 0 && arabic >= letters * MIN_ARABIC_LETTER_SHARE;
	}

}
