package org.mizan.extract.attribution;

import org.mizan.extract.SourceType;

/**
 * A source phrase: tokens [from, to), shown as name, with its normalized key and type.
 */
record SourcePhrase(int from, int to, String name, String key, SourceType type) {
}
