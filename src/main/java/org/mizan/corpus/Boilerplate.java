package org.mizan.corpus;

import java.util.List;

import org.mizan.text.TextSpan;

/** Interim: no boilerplate detection yet. */
public class Boilerplate {

	public List<TextSpan> regions(String text) {
		return List.of();
	}

}
