package org.mizan.store;

import java.util.List;

import org.mizan.extract.Attribution;
import org.mizan.extract.Hedge;
import org.mizan.extract.SourceRef;
import org.mizan.extract.SourceType;

/**
 * A row of {@code MIZAN_ATTRIBUTION} (its id is the table's): the one list of the table's
 * columns ({@link RecordColumns}), as the extract step writes it and the align step reads
 * it back.
 *
 * @param seq the statement's place among its article's statements
 * @param via the relay chain ({@link ViaChain})
 */
public record AttributionRecord(long runId, String file, int seq, int startOffset, int endOffset, String source,
		String sourceKey, SourceType sourceType, String via, String cue, Hedge hedge, String statement,
		String statementKey) {

	static final RecordColumns<AttributionRecord> COLUMNS = new RecordColumns<>(AttributionRecord.class);

	/** The relays, nearest first. */
	public List<String> viaChain() {
		return ViaChain.split(via);
	}

	static AttributionRecord of(long runId, String file, int seq, Attribution a) {
		SourceRef s = a.source();
		return new AttributionRecord(runId, file, seq, a.start(), a.end(), ExtractionStore.clip(s.name(), 1000),
				ExtractionStore.clip(s.key(), 1000), s.type(), ViaChain.join(s.via()),
				ExtractionStore.clip(s.cue(), 200), s.hedge(), ExtractionStore.clip(a.statement(), 16000),
				ExtractionStore.clip(a.statementKey(), 16000));
	}

}
