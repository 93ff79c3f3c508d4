package org.mizan.store;

import java.util.List;

import org.mizan.extract.Hedge;
import org.mizan.extract.SourceType;

/**
 * An attributed statement as the align step reads it back: columns of
 * {@code MIZAN_ATTRIBUTION}, by name.
 */
public record StoredStatement(long attributionId, String file, int startOffset, String source, String sourceKey,
		SourceType sourceType, String via, Hedge hedge, String statement, String statementKey) {

	static final RecordColumns<StoredStatement> COLUMNS = new RecordColumns<>(StoredStatement.class);

	/** The relays, nearest first. */
	public List<String> viaChain() {
		return ViaChain.split(via);
	}

}
