package org.mizan.job;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** The job executions this process is running now. */
@Component
class RunningExecutions {

	private final Set<Long> ids = ConcurrentHashMap.newKeySet();

	void started(long executionId) {
		ids.add(executionId);
	}

	void ended(long executionId) {
		ids.remove(executionId);
	}

	boolean contains(long executionId) {
		return ids.contains(executionId);
	}

	boolean isEmpty() {
		return ids.isEmpty();
	}

	List<Long> snapshot() {
		return List.copyOf(ids);
	}

}
