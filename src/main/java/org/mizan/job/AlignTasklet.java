package org.mizan.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.corpus.NearDuplicates;
import org.mizan.store.FindingRecord;
import org.mizan.store.FindingStore;
import org.mizan.store.StoredFact;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Interim align step: one finding per unit and value. Replaced by the align package's aligner. */
class AlignTasklet implements Tasklet {

	private final FindingStore store;

	private final long runId;

	AlignTasklet(FindingStore store, long runId) {
		this.store = store;
		this.runId = runId;
	}

	/** Syndicated copies first, so a copy never counts as an independent confirmation. */
	private void markCopies() {
		NearDuplicates.Index index = new NearDuplicates().newIndex();
		List<String[]> copies = new ArrayList<>();
		store.signatures(runId, (file, signature) -> index.addSignature(file, signature)
			.ifPresent(original -> copies.add(new String[] { file, original })));
		copies.forEach(c -> store.markCopy(runId, c[0], c[1]));
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		store.clear(runId);
		markCopies();
		Map<String, List<StoredFact>> groups = new LinkedHashMap<>();
		store.facts(runId, f -> groups.computeIfAbsent(f.unitClass() + "|" + (f.value() != null ? f.value() : f.date()),
				k -> new ArrayList<>()).add(f));
		for (Map.Entry<String, List<StoredFact>> g : groups.entrySet()) {
			List<StoredFact> facts = g.getValue();
			Set<String> articles = new HashSet<>();
			facts.forEach(f -> articles.add(f.file()));
			StoredFact first = facts.get(0);
			String id = String.format("F-%06X", g.getKey().hashCode() & 0xFFFFFF);
			store.save(runId, new FindingRecord(id, "fact", articles.size() > 1 ? "CONSISTENT" : "SINGLE_SOURCE",
					first.unit(), first.unit(), first.surface(), first.value(), first.value(), first.date(),
					first.date(), 1.0, articles.size(), articles.size()), facts.stream().map(StoredFact::factId).toList());
		}
		return RepeatStatus.FINISHED;
	}

}
