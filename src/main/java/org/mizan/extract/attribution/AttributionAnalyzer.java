package org.mizan.extract.attribution;

import java.util.List;

import org.mizan.extract.Attribution;
import org.mizan.extract.SourceRef;
import org.mizan.text.TextSpan;

/** Interim: finds no attributions yet. */
public class AttributionAnalyzer {

	public ArticleAttributions analyze(String text, List<TextSpan> sentences) {
		return new ArticleAttributions() {

			@Override
			public List<Attribution> statements() {
				return List.of();
			}

			@Override
			public SourceRef sourceFor(TextSpan span) {
				return SourceRef.none(null);
			}

			@Override
			public String relayedOutlet() {
				return null;
			}

		};
	}

}
