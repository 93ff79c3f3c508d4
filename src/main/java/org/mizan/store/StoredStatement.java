package org.mizan.store;

import java.util.List;

/** An attributed statement as the align step reads it back. */
public record StoredStatement(long id, String file, String copyOf, int start, String source, String sourceKey, String sourceType, List<String> via,
		String hedge, String statement, String statementKey) {
}
