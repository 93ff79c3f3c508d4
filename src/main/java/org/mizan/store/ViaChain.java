package org.mizan.store;

import java.util.Arrays;
import java.util.List;

/**
 * How a relay chain is stored in a {@code VIA} column: the names, nearest first, joined
 * by an arrow.
 */
final class ViaChain {

	private static final String SEPARATOR = " ← ";

	private ViaChain() {
	}

	static String join(List<String> via) {
		return ExtractionStore.clip(String.join(SEPARATOR, via), 2000);
	}

	static List<String> split(String stored) {
		return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(SEPARATOR));
	}

}
