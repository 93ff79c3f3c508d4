package org.mizan.corpus;

import java.nio.file.Path;

/** A named folder of articles about one story. */
public record Corpus(String name, Path folder) {
}
