package org.mizan.extract.attribution;

import org.mizan.extract.SourceRef;
import org.mizan.extract.SourceType;

/** A line that names the story's origin as a whole, near the end or the start of the article ({@code المصدر : X}). */
final class RelayLine {

	private static final int LINES_LOOKED_AT = 8;

	private final CueLexicon lex;

	private final SourceNamer namer;

	RelayLine(CueLexicon lex, SourceNamer namer) {
		this.lex = lex;
		this.namer = namer;
	}

	SourceRef find(String text) {
		String[] lines = text.split("\n");
		for (int n = 0, i = lines.length - 1; i >= 0 && n < LINES_LOOKED_AT; i--) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			n++;
			SourceRef ref = parse(line);
			if (ref != null) {
				return ref;
			}
		}
		return null;
	}

	private SourceRef parse(String line) {
		int colon = line.indexOf(':');
		if (colon < 0 || line.length() > 80) {
			return null;
		}
		String label = Norm.plain(line.substring(0, colon));
		String name = line.substring(colon + 1).strip();
		if (!lex.relayLines.contains(label) || name.isEmpty() || name.split("\\s+").length > 6) {
			return null;
		}
		SourceType type = namer.type(name);
		return new SourceRef(name, namer.key(name, type == null ? SourceType.OUTLET : type),
				type == null || type == SourceType.PERSON ? SourceType.OUTLET : type, java.util.List.of(), line, null);
	}

}
