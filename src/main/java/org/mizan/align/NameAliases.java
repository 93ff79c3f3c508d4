package org.mizan.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus's full names: a given and a family name seen side by side once
 * ({@code #given_family} terms of the statement keys) make either name alone an alias of
 * the full name, for this corpus only. A name that is half of two full names ({@code X Y}
 * and {@code Z Y}) stays ambiguous and is no alias.
 */
final class NameAliases {

	static final char NAME = '#';

	private final Map<String, Set<String>> fullNames;

	private NameAliases(Map<String, Set<String>> fullNames) {
		this.fullNames = fullNames;
	}

	static NameAliases of(List<AlignStatement> statements) {
		Map<String, Set<String>> fullNames = new HashMap<>();
		for (AlignStatement s : statements) {
			String key = s.statementKey();
			if (key == null || key.indexOf(NAME) < 0) {
				continue;
			}
			for (String term : key.split(" ")) {
				String[] halves = term.length() > 1 && term.charAt(0) == NAME ? term.substring(1).split("_") : null;
				if (halves != null && halves.length == 2 && !halves[0].equals(halves[1])) {
					String full = halves[0] + " " + halves[1];
					fullNames.computeIfAbsent(halves[0], k -> new HashSet<>()).add(full);
					fullNames.computeIfAbsent(halves[1], k -> new HashSet<>()).add(full);
				}
			}
		}
		return new NameAliases(fullNames);
	}

	/**
	 * The full name a name is half of, when it is half of exactly one; else the name
	 * itself.
	 */
	String canonical(String name) {
		Set<String> full = fullNames.get(name);
		return full != null && full.size() == 1 ? full.iterator().next() : name;
	}

}
