package org.mizan.extract.attribution;

import java.util.List;

import org.mizan.text.TextSpan;

/** Finds who says what in an article: attribution cues, quotations, their scope, source types and hedges. */
public class AttributionAnalyzer {

	public ArticleAttributions analyze(String text, List<TextSpan> sentences) {
		throw new UnsupportedOperationException("not yet implemented");
	}

}
