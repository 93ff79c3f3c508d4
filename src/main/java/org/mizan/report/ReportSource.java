package org.mizan.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a workbook is written from. Rows are streamed in sheet order so the writer never
 * holds a whole corpus. Findings come sorted for review: {@code DISAGREE} first, the
 * widest spread on top.
 */
public interface ReportSource {

	RunInfo run();

	/**
	 * How dates are written for the reviewer: in the month tradition of the corpus's
	 * articles.
	 */
	default DateWriting dates() {
		return DateWriting.standard();
	}

	void findings(Consumer<FindingRow> sink);

	/** The findings' ids in {@link #findings} order. */
	default void findingIds(Consumer<String> sink) {
		findings((finding) -> sink.accept(finding.id()));
	}

	/** The first {@code count} {@code DISAGREE} findings in {@link #findings} order. */
	default List<FindingRow> topDisagreements(int count) {
		List<FindingRow> top = new ArrayList<>();
		findings((finding) -> {
			if ("DISAGREE".equals(finding.status()) && top.size() < count) {
				top.add(finding);
			}
		});
		return top;
	}

	/**
	 * Facts in the order of their findings (as {@link #findings} gives them), each
	 * finding's facts one block, so a link to a finding's first fact reaches them all.
	 */
	void facts(Consumer<FactRow> sink);

	/**
	 * Each finding, in {@link #findings} order, with the evidence of up to {@code limit}
	 * of its facts or statements. This default holds every fact's evidence in memory; a
	 * source over a large corpus streams it instead.
	 */
	default void findingsWithEvidence(int limit, Consumer<FindingEvidence> sink) {
		Map<String, List<Evidence>> byFinding = new HashMap<>();
		Map<String, Integer> totals = new HashMap<>();
		facts((fact) -> {
			totals.merge(fact.finding(), 1, Integer::sum);
			List<Evidence> evidence = byFinding.computeIfAbsent(fact.finding(), (id) -> new ArrayList<>());
			if (evidence.size() < limit) {
				evidence.add(Evidence.of(fact));
			}
		});
		findings((finding) -> sink.accept(new FindingEvidence(finding, byFinding.getOrDefault(finding.id(), List.of()),
				totals.getOrDefault(finding.id(), 0))));
	}

	/**
	 * The {@code Facts} and {@code Findings} rows in one pass: each finding's facts (as
	 * {@link #facts} gives them) come before the finding (as
	 * {@link #findingsWithEvidence} gives it), so a source that reads both from one place
	 * reads it once. This default gives all the facts, then all the findings.
	 */
	default void factsAndFindings(int limit, Consumer<FactRow> factSink, Consumer<FindingEvidence> findingSink) {
		facts(factSink);
		findingsWithEvidence(limit, findingSink);
	}

	/**
	 * The values one finding's facts state, from their stored numbers: the Summary charts
	 * the widest few.
	 */
	default List<StatedValue> statedValues(String findingId) {
		List<FactRow> facts = new ArrayList<>();
		facts((fact) -> {
			if (findingId.equals(fact.finding())) {
				facts.add(fact);
			}
		});
		return StatedValue.of(findingId, facts);
	}

	void attributions(Consumer<AttributionRow> sink);

	void sources(Consumer<SourceRow> sink);

	void articles(Consumer<ArticleRow> sink);

	/** The article files, in corpus order: the columns of the {@code Matrix} sheet. */
	List<String> articleFiles();

	void matrix(Consumer<MatrixRow> sink);

	void changes(Consumer<ChangeRow> sink);

	/**
	 * Whether the corpus has no earlier run to compare with, so {@code Changes} is empty
	 * by nature.
	 */
	default boolean firstRun() {
		return false;
	}

	/**
	 * The outlet of each article file, where it is known: the Matrix names its columns by
	 * them.
	 */
	default Map<String, String> articleOutlets() {
		Map<String, String> outlets = new HashMap<>();
		articles((article) -> {
			if (article.outlet() != null && !article.outlet().isBlank()) {
				outlets.put(article.file(), article.outlet());
			}
		});
		return outlets;
	}

}
