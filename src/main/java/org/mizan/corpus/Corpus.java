package org.mizan.corpus;

import java.nio.file.Path;

/**
 * A folder of articles about one story. {@code folder} is its real path (links resolved);
 * {@code configured} says whether {@code name} is the operator's (from
 * {@code mizan.corpora}) or was made from the folder's last name, which another folder
 * may already use.
 */
public record Corpus(String name, Path folder, boolean configured) {

	public Corpus(String name, Path folder) {
		this(name, folder, true);
	}

	/** The same folder under another name. */
	public Corpus named(String other) {
		return new Corpus(other, folder, configured);
	}

}
