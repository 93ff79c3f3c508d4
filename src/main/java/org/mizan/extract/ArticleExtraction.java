package org.mizan.extract;

import java.util.List;

/**
 * Everything the extractor reads in one article.
 *
 * @param outlet the outlet that published the article, if the text says so; else null
 */
public record ArticleExtraction(String outlet, List<Fact> facts, List<Attribution> attributions) {
}
