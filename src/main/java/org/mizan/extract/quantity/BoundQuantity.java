package org.mizan.extract.quantity;

import java.util.List;

import org.mizan.extract.Mention;

/** A mention with what it counts, the event it belongs to and the participants named around it. */
public record BoundQuantity(Mention mention, String unit, String unitClass, String counted, String event,
		String eventClass, List<String> participants) {
}
