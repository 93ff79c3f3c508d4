package org.mizan.extract.number;

/** Two numbers read as a range, ending before token {@code end}. */
record Range(double low, double high, int end, Core lowCore, Core highCore) {
}
