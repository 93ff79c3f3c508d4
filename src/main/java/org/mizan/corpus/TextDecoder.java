package org.mizan.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: a byte-order mark picks UTF-8 or UTF-16 (and is dropped); without one,
 * strict UTF-8, or, when the bytes are plainly not UTF-8 (more invalid sequences than
 * valid multi-byte ones), one of the two legacy Arabic code pages that Arabic sites still
 * serve, Windows-1256 or ISO-8859-6, as ICU's detector picks, provided the text then
 * reads as Arabic. A stray NUL (or other control) character does not make a file binary:
 * it becomes a space, so offsets stay where they are; only a file with many of them is
 * taken for binary. A fresh {@link CharsetDecoder} per call keeps this safe to share
 * between threads.
 */
final class TextDecoder {

	/** Share of control characters above which a decoded file is taken for binary. */
	private static final double MAX_CONTROL_SHARE = 0.10;

	/** The text, or the reason it cannot be had. */
	record Result(String text, String problem) {
	}

	private TextDecoder() {
	}

	static Result decode(byte[] bytes) {
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return checked(decodeStrict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16"));
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return checked(decodeStrict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16"));
		}
		int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		Result utf8 = decodeStrict(bytes, offset, StandardCharsets.UTF_8, "UTF-8");
		if (utf8.problem() != null && offset == 0) {
			Result legacy = LegacyArabic.decode(bytes);
			if (legacy != null) {
				return checked(legacy);
			}
		}
		return checked(utf8);
	}

	private static Result checked(Result decoded) {
		if (decoded.problem() != null) {
			return decoded;
		}
		String text = decoded.text();
		if (isBlank(text)) {
			return new Result(null, "empty");
		}
		int controls = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0 || (Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c))) {
				controls++;
			}
		}
		if (controls > text.length() * MAX_CONTROL_SHARE) {
			return new Result(null, "binary file");
		}
		return controls == 0 ? decoded : new Result(withoutControls(text), null);
	}

	private static String withoutControls(String text) {
		StringBuilder clean = new StringBuilder(text);
		for (int i = 0; i < clean.length(); i++) {
			char c = clean.charAt(i);
			if (c == 0 || (Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c))) {
				clean.setCharAt(i, ' ');
			}
		}
		return clean.toString();
	}

	static Result decodeStrict(byte[] bytes, int offset, Charset charset, String label) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer
			.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			return new Result(null, "invalid " + label + " at byte " + in.position());
		}
		out.flip();
		return new Result(out.toString(), null);
	}

	/**
	 * Blank also when only invisible format characters (zero-width joiners, marks) are
	 * left.
	 */
	static boolean isBlank(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
