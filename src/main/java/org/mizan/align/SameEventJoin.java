package org.mizan.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Statements that tell the same event between the same parties are one statement, however
 * each article words it ({@code التقى X بـ Y} and {@code الاجتماع بين X وY}): the same
 * event class and two parties in common, a party named by half of a full name counting as
 * the full name ({@link NameAliases}). The events are terms of the statement key
 * ({@code @class:party:party}), as extraction wrote them.
 */
final class SameEventJoin {

	static final char EVENT = '@';

	/**
	 * A class and pair of parties in more statements than this is not indexed further:
	 * the join stays linear.
	 */
	private static final int MAX_POSTING = 100;

	private SameEventJoin() {
	}

	/**
	 * Calls {@code union} with the indexes of two statements that tell the same event.
	 */
	static void join(List<AlignStatement> statements, BiConsumer<Integer, Integer> union) {
		NameAliases aliases = NameAliases.of(statements);
		Map<String, int[]> firstAndCount = new HashMap<>();
		for (int i = 0; i < statements.size(); i++) {
			for (String event : events(statements.get(i).statementKey())) {
				String[] parts = event.split(":");
				TreeSet<String> parties = new TreeSet<>();
				for (int p = 1; p < parts.length; p++) {
					parties.add(aliases.canonical(parts[p]));
				}
				for (String pair : pairs(new ArrayList<>(parties))) {
					int[] first = firstAndCount.computeIfAbsent(parts[0] + '\u0000' + pair, k -> new int[] { -1, 0 });
					if (first[0] < 0) {
						first[0] = i;
					}
					else if (first[1] < MAX_POSTING && first[0] != i) {
						union.accept(i, first[0]);
					}
					first[1]++;
				}
			}
		}
	}

	private static List<String> pairs(List<String> parties) {
		List<String> pairs = new ArrayList<>();
		for (int a = 0; a < parties.size(); a++) {
			for (int b = a + 1; b < parties.size(); b++) {
				pairs.add(parties.get(a) + '\u0000' + parties.get(b));
			}
		}
		return pairs;
	}

	/** The event terms of a key, without their mark. */
	private static List<String> events(String key) {
		List<String> events = new ArrayList<>();
		if (key != null && key.indexOf(EVENT) >= 0) {
			for (String term : key.split(" ")) {
				if (term.length() > 1 && term.charAt(0) == EVENT) {
					events.add(term.substring(1));
				}
			}
		}
		return events;
	}

	/**
	 * Whether a word of a statement key is a term (an event or a name) rather than a
	 * content word.
	 */
	static boolean isTerm(String word) {
		return !word.isEmpty() && (word.charAt(0) == EVENT || word.charAt(0) == NameAliases.NAME);
	}

}
