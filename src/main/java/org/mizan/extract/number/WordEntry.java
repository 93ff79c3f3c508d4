package org.mizan.extract.number;

/** One reading of a folded number word. */
record WordEntry(WordClass type, double value) {
}
