package org.mizan.extract.date;

/**
 * A month name: its number, whether it is Hijri, and whether it is also a common word.
 */
record Month(int number, boolean hijri, boolean ambiguous) {
}
