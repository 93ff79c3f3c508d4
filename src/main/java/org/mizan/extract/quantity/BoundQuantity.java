package org.mizan.extract.quantity;

import java.util.List;

import org.mizan.extract.ClaimFrame;
import org.mizan.extract.Mention;

/**
 * A number mention bound to what it counts, the event it belongs to and the participants
 * named around it.
 *
 * @param unit normalized unit or counted thing ({@code fighter}, {@code protocol},
 * {@code USD}, {@code date}); a light stem for a noun the lexicon does not know;
 * {@code count} when nothing counted was found
 * @param unitClass the class facts are lined up in ({@code person}, {@code document},
 * {@code money:USD}, {@code date}, {@code thing:<stem>}; {@code number} when nothing
 * counted was found)
 * @param counted the counted noun as written, with its qualifiers ({@code مقاتل يمني}),
 * or null
 * @param event the event cue as written ({@code أرسلت}, {@code وصول}, {@code مقتل}), or
 * null
 * @param eventClass the event's class from the lexicon ({@code deploy}, {@code kill}), or
 * null
 * @param participants normalized keys of the places, actors and sides named around the
 * number: a plain key, or {@code side:<key>} for the side fighters are with, or
 * {@code arg:<key>} for a name between the number and its event cue (the event's own
 * argument, e.g. who sent or who reopened)
 * @param frame what the number measures, of which thing and part, when, and of what kind
 */
public record BoundQuantity(Mention mention, String unit, String unitClass, String counted, String event,
		String eventClass, List<String> participants, ClaimFrame frame) {
}
