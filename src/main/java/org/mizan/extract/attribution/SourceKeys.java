package org.mizan.extract.attribution;

/**
 * The one key of a source's name, as attribution computes it for every source it finds:
 * align and the {@code Sources} sheet key a relay named in a {@code Via} chain with it,
 * so one source has one key everywhere («صحيفة ”الشرق الأوسط” اللندنية» and «“الشرق
 * الأوسط”» are both {@code شرق اوسط}). Thread-safe.
 */
public final class SourceKeys {

	private final SourceNamer namer;

	public SourceKeys() {
		this.namer = new SourceNamer(CueLexicon.load());
	}

	/**
	 * The key of a source named as written, typed by its head noun as attribution types
	 * it.
	 */
	public String key(String name) {
		return namer.key(name, namer.type(name));
	}

}
