package org.mizan.extract.number;

import org.mizan.extract.MentionKind;

/** What follows a number and changes its kind: a percent sign, a currency, أضعاف. */
record Suffix(int end, MentionKind kind, String unit) {
}
