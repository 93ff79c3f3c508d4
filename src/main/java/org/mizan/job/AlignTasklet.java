package org.mizan.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mizan.align.AlignFact;
import org.mizan.align.AlignStatement;
import org.mizan.align.FactAligner;
import org.mizan.align.Finding;
import org.mizan.align.StatementAligner;
import org.mizan.corpus.NearDuplicates;
import org.mizan.extract.SourceRef;
import org.mizan.extract.SourceType;
import org.mizan.extract.attribution.SourceKeys;
import org.mizan.store.FactRecord;
import org.mizan.store.FindingRecord;
import org.mizan.store.FindingStore;
import org.mizan.store.RunInputs;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The align step: marks syndicated copies, then lines up the run's facts block by block
 * (facts arrive sorted by block, so only one block is in memory at a time) and groups the
 * same attributed statement across articles. It starts from scratch each time, so a
 * restarted align step gives the same findings.
 */
class AlignTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(AlignTasklet.class);

	private static final int FLUSH_EVERY = 2000;

	private final FindingStore store;

	private final SourceKeys sources;

	private final double tolerance;

	private final long runId;

	private final RunInputs inputs;

	AlignTasklet(FindingStore store, SourceKeys sources, double tolerance, long runId, RunInputs inputs) {
		this.store = store;
		this.sources = sources;
		this.tolerance = tolerance;
		this.runId = runId;
		this.inputs = inputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long started = System.nanoTime();
		if (!inputs.confirm(runId)) {
			log.warn("files changed while the run read them: its findings are right for what it read, but no later "
					+ "run will share them");
		}
		store.clear(runId);
		markCopies();
		long copies = System.nanoTime();
		alignFacts();
		long facts = System.nanoTime();
		alignStatements();
		long statements = System.nanoTime();
		log.info("aligned in {} s: copies {} s, facts {} s, statements {} s", seconds(statements - started),
				seconds(copies - started), seconds(facts - copies), seconds(statements - facts));
		return RepeatStatus.FINISHED;
	}

	private static String seconds(long nanos) {
		return String.format("%.1f", nanos / 1e9);
	}

	/** Syndicated copies first, so a copy never counts as an independent confirmation. */
	private void markCopies() {
		NearDuplicates.Index index = new NearDuplicates().newIndex();
		List<String[]> copies = new ArrayList<>();
		store.signatures(runId, (file, signature) -> index.addSignature(file, signature)
			.ifPresent(original -> copies.add(new String[] { file, original })));
		copies.forEach(c -> store.markCopy(runId, c[0], c[1]));
	}

	private void alignFacts() {
		FactAligner aligner = new FactAligner(tolerance);
		List<AlignFact> block = new ArrayList<>();
		// findings of small blocks are saved together: every save is a commit, and a
		// commit waits for the disk
		List<Finding> pending = new ArrayList<>();
		String[] blockKey = { null };
		store.facts(runId, (id, stored, copyOf) -> {
			AlignFact fact = toAlignFact(id, stored, copyOf);
			String key = aligner.blockKey(fact);
			if (!key.equals(blockKey[0]) && !block.isEmpty()) {
				pending.addAll(aligner.alignBlock(block));
				block.clear();
				if (pending.size() >= FLUSH_EVERY) {
					save(pending, "fact");
					pending.clear();
				}
			}
			blockKey[0] = key;
			block.add(fact);
		});
		pending.addAll(aligner.alignBlock(block));
		save(pending, "fact");
	}

	/**
	 * Every statement of the run is held at once, so each repeated string (a file's name
	 * on all its statements, a source, a statement relayed by many articles) is held
	 * once: at 100,000 articles the copies filled 1 GB.
	 */
	private void alignStatements() {
		List<AlignStatement> statements = new ArrayList<>();
		Map<String, String> once = new HashMap<>();
		java.util.function.UnaryOperator<String> shared = v -> v == null ? null : once.computeIfAbsent(v, k -> k);
		store.statements(runId,
				(id, s, copyOf) -> statements.add(new AlignStatement(Long.toString(id), shared.apply(s.file()),
						shared.apply(copyOf), s.startOffset(), shared.apply(origin(s.sourceKey(), s.viaChain())),
						shared.apply(s.source()), s.hedge(), shared.apply(s.statementKey()),
						shared.apply(abbreviated(s.statement())))));
		once.clear();
		save(new StatementAligner().align(statements), "statement");
	}

	/**
	 * Only the group's anchor statement is shown, abbreviated: no need to hold every
	 * statement's full text.
	 */
	private static String abbreviated(String statement) {
		return statement == null || statement.length() <= 160 ? statement : statement.substring(0, 160);
	}

	private void save(List<Finding> findings, String kind) {
		List<FindingStore.Grouped> grouped = new ArrayList<>(findings.size());
		for (Finding f : findings) {
			FindingRecord record = new FindingRecord(runId, f.id(), kind, f.status().name(), f.what(), f.unit(),
					f.valuesText(), f.low(), f.high(), f.dateLow(), f.dateHigh(), f.spread(), f.sources(), f.articles(),
					f.why());
			grouped.add(new FindingStore.Grouped(record, f.factIds().stream().map(Long::valueOf).toList()));
		}
		if (kind.equals("fact")) {
			store.saveFactFindings(runId, grouped);
		}
		else {
			store.saveStatementFindings(runId, grouped);
		}
	}

	private static AlignFact toAlignFact(long id, FactRecord f, String copyOf) {
		return new AlignFact(Long.toString(id), f.file(), copyOf, f.startOffset(), f.numValue(), f.low(), f.high(),
				f.dateValue(), f.approx(), f.unit(), f.unitClass(), f.counted(), f.event(), f.eventClass(),
				f.participantKeys(), independent(f.sourceKey(), f.sourceType(), f.viaChain(), f.file()), f.source(),
				f.hedge(), f.frame());
	}

	/**
	 * A relayed statement comes from the outlet that first reported it, whoever that
	 * outlet quotes: four articles relaying one newspaper's story, and the newspaper's
	 * own sources, count once.
	 */
	private String origin(String sourceKey, List<String> via) {
		return via.isEmpty() ? sourceKey : sources.key(via.get(via.size() - 1));
	}

	private static String independent(String sourceKey, SourceType type, List<String> via, String file) {
		return AlignFact.independentSource(new SourceRef(null, sourceKey, type, via, null, null), file);
	}

}
