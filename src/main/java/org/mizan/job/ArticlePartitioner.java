package org.mizan.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a corpus listing of {@code size} articles into contiguous ranges, one per worker
 * thread.
 */
class ArticlePartitioner implements Partitioner {

	static final String FROM = "from";

	static final String TO = "to";

	private final int size;

	ArticlePartitioner(int size) {
		this.size = size;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		int partitions = Math.max(1, Math.min(gridSize, size));
		Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
		for (int i = 0; i < partitions; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(FROM, (int) ((long) size * i / partitions));
			context.putInt(TO, (int) ((long) size * (i + 1) / partitions));
			contexts.put("partition" + i, context);
		}
		return contexts;
	}

}
