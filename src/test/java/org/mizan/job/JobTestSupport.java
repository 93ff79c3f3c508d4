package org.mizan.job;

import java.nio.file.Path;

import org.mizan.MizanApplication;
import org.mizan.corpus.Corpus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application against an HSQLDB file database and a reports folder in a
 * temporary workspace, shared by the job tests (runs are told apart by corpus and run
 * key, as in production). The run's progress lines are not logged: a test says what it
 * checks.
 */
@SpringBootTest(classes = MizanApplication.class, properties = "logging.level.org.mizan=WARN")
abstract class JobTestSupport {

	static final Path work = TestWorkspace.create("jobs");

	static final Corpus SEED_CORPUS = new Corpus("seeds", Path.of("seeds").toAbsolutePath());

	@DynamicPropertySource
	static void isolate(DynamicPropertyRegistry registry) {
		TestWorkspace.register(work, registry);
	}

	@Autowired
	RunLauncher launcher;

}
