package org.mizan.extract.number;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every word the recognizers' lexicons hold, bare and with a one-letter cue prefix: a
 * word token outside it opens no number, date or time, so the recognizers need not be
 * asked there (most words of an article are such words, and asking costs a dozen lookups
 * a word).
 * <p>
 * The words are gathered by walking the recognizers' fields (strings, collections, maps,
 * arrays and the recognizers' own objects) rather than listed by hand, so that a word set
 * a recognizer gains later is in the gate without anyone remembering to add it. A word
 * let through that starts nothing costs the old lookups, never a mention. Immutable.
 */
public final class LexiconWords {

	private static final String OWN_PACKAGE = "org.mizan.";

	private final Set<String> words;

	/**
	 * A HashSet, not {@code Set.copyOf}: its table is found by a mask, the immutable
	 * set's by a division, and this is asked at every word of every article.
	 */
	private LexiconWords(HashSet<String> words) {
		this.words = words;
	}

	/** The words the given recognizers (and the shared number grammar) hold. */
	public static LexiconWords of(Object... recognizers) {
		Set<String> found = new HashSet<>();
		Deque<Object> todo = new ArrayDeque<>(List.of(recognizers));
		todo.add(Grammar.shared());
		Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		while (!todo.isEmpty()) {
			Object o = todo.pop();
			if (seen.add(o)) {
				collect(o, found, todo);
			}
		}
		return new LexiconWords(withProclitics(found));
	}

	/**
	 * Whether a match may start at this token: any token but a word, and a word the
	 * lexicons hold.
	 */
	public boolean mayStart(Token token) {
		return !token.is(Token.Type.WORD) || this.words.contains(token.text());
	}

	int size() {
		return this.words.size();
	}

	private static void collect(Object o, Set<String> found, Deque<Object> todo) {
		if (o instanceof String s) {
			found.add(s);
		}
		else if (o instanceof Collection<?> c) {
			todo.addAll(nonNull(c));
		}
		else if (o instanceof Map<?, ?> m) {
			todo.addAll(nonNull(m.keySet()));
			todo.addAll(nonNull(m.values()));
		}
		else if (o.getClass().isArray()) {
			if (!o.getClass().getComponentType().isPrimitive()) {
				for (int i = 0; i < Array.getLength(o); i++) {
					Object e = Array.get(o, i);
					if (e != null) {
						todo.add(e);
					}
				}
			}
		}
		else if (o.getClass().getName().startsWith(OWN_PACKAGE) && !o.getClass().isEnum()) {
			fieldsOf(o, todo);
		}
	}

	private static List<Object> nonNull(Collection<?> c) {
		List<Object> out = new ArrayList<>(c.size());
		for (Object e : c) {
			if (e != null) {
				out.add(e);
			}
		}
		return out;
	}

	private static void fieldsOf(Object o, Deque<Object> todo) {
		for (Class<?> k = o.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
			for (Field f : k.getDeclaredFields()) {
				if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
					continue;
				}
				try {
					f.setAccessible(true);
					Object v = f.get(o);
					if (v != null) {
						todo.add(v);
					}
				}
				catch (ReflectiveOperationException | RuntimeException ex) {
					throw new IllegalStateException("cannot read the lexicon field " + f, ex);
				}
			}
		}
	}

	/**
	 * Each word of each phrase, bare and with a one-letter cue prefix (و، ف، ب، ل). The
	 * longer proclitics need no closure: a recognizer that reads a word after one (a
	 * number word after وبال) looks it up in a table that already holds the prefixed
	 * form, which the walk gathers.
	 */
	private static HashSet<String> withProclitics(Set<String> phrases) {
		List<String> prefixes = Grammar.shared().cuePrefixes();
		HashSet<String> out = new HashSet<>();
		for (String phrase : phrases) {
			for (String w : phrase.split(" ")) {
				if (w.isEmpty()) {
					continue;
				}
				out.add(w);
				for (String p : prefixes) {
					out.add(p + w);
				}
			}
		}
		return out;
	}

}
