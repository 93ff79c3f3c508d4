package org.mizan.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * What a workbook is written from. Rows are streamed in sheet order so the writer never holds a whole corpus.
 * Findings come sorted for review: {@code DISAGREE} first, the widest spread on top.
 */
public interface ReportSource {

	RunInfo run();

	/** How dates are written for the reviewer: in the month tradition of the corpus's articles. */
	default DateWriting dates() {
		return DateWriting.standard();
	}

	void findings(Consumer<FindingRow> sink);

	void facts(Consumer<FactRow> sink);

	void attributions(Consumer<AttributionRow> sink);

	void sources(Consumer<SourceRow> sink);

	void articles(Consumer<ArticleRow> sink);

	/** The article files, in corpus order: the columns of the {@code Matrix} sheet. */
	List<String> articleFiles();

	void matrix(Consumer<MatrixRow> sink);

	void changes(Consumer<ChangeRow> sink);

}
