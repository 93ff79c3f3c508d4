package org.mizan.extract;

import java.util.List;

/**
 * The source a statement or fact is attributed to, as the article frames it.
 *
 * @param name the source as written ({@code صحيفة “الأهرام” المصرية})
 * @param key the normalized name, equal for every spelling of one source ({@code اهرام})
 * @param type the kind of source, or null when unknown
 * @param via the relay chain, nearest first (the outlets that passed the statement on);
 * empty when direct
 * @param cue the attribution cue as written ({@code قال}, {@code وفقاً لـ}, a quotation)
 * @param hedge how the article frames it; null when stated as fact
 */
public record SourceRef(String name, String key, SourceType type, List<String> via, String cue, Hedge hedge) {

	/** A statement the article makes on its own authority, possibly hedged. */
	public static SourceRef none(Hedge hedge) {
		return new SourceRef(null, null, null, List.of(), null, hedge);
	}

	public boolean named() {
		return name != null;
	}

}
