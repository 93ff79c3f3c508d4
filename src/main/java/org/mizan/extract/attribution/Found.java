package org.mizan.extract.attribution;

import java.util.List;

import org.mizan.extract.SourceType;

/**
 * One attribution as the scanner finds it, before hedges and relays are settled.
 *
 * @param cue the token where the cue starts (a verb, a frame, the closing mark of a
 * quotation)
 * @param quote whether the statement is a quotation (it then governs exactly its content)
 * @param from first token of the statement
 * @param to one past the last token of the statement
 */
record Found(int cue, String cueText, boolean quote, int from, int to, String name, String key, SourceType type,
		List<String> via) {

	Found withVia(List<String> relay) {
		return new Found(cue, cueText, quote, from, to, name, key, type, relay);
	}

	Found withSource(String name, String key, SourceType type) {
		return new Found(cue, cueText, quote, from, to, name, key, type, via);
	}

}
