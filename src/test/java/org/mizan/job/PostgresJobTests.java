package org.mizan.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.mizan.MizanApplication;
import org.mizan.corpus.Corpus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real job on the seed corpus against a PostgreSQL server, with the operator's
 * postgresql profile (config/application-postgresql.yml): the migrations run there and
 * the workbook equals the HSQLDB run's. The server is given by MIZAN_TEST_POSTGRES_URL
 * (and _USER, _PASSWORD), which .ci/run sets when it can start one; without it the test
 * is skipped. Each run works in a fresh schema of its own, dropped after.
 */
@SpringBootTest(classes = MizanApplication.class)
@ActiveProfiles("postgresql")
class PostgresJobTests {

	static final String SKIPPED = "PostgresJobTests skipped: no PostgreSQL server (MIZAN_TEST_POSTGRES_URL is not set; "
			+ ".ci/run sets it)";

	static final String URL = System.getenv("MIZAN_TEST_POSTGRES_URL");

	static final String USER = System.getenv().getOrDefault("MIZAN_TEST_POSTGRES_USER", "postgres");

	static final String PASSWORD = System.getenv().getOrDefault("MIZAN_TEST_POSTGRES_PASSWORD", "");

	static final String SCHEMA = "mizan_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());

	static final Path work = TestWorkspace.create("PostgresJobTests");

	@DynamicPropertySource
	static void isolate(DynamicPropertyRegistry registry) {
		TestWorkspace.register(work, registry);
		registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	/**
	 * Skipped, with the reason on the console (surefire shows only "Skipped: 1"), without
	 * a server.
	 */
	@BeforeAll
	static void freshSchema() throws SQLException {
		if (URL == null || URL.isBlank()) {
			System.err.println(SKIPPED);
		}
		Assumptions.assumeTrue(URL != null && !URL.isBlank(), SKIPPED);
		execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
	}

	@AfterAll
	static void dropSchema() throws SQLException {
		if (URL != null && !URL.isBlank()) {
			execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
		}
	}

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seedCorpusOnPostgresqlGivesTheSameWorkbookAsOnHsqldb() throws Exception {
		// given the migrations ran on the server, into the fresh schema
		assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(SCHEMA);
		assertThat(jdbc.queryForObject("SELECT current_setting('application_name')", String.class))
			.as("the connection is configured by the postgresql profile")
			.isEqualTo("mizan");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success", Integer.class))
			.isEqualTo(5);

		// when the seed corpus is run on PostgreSQL
		RunOutcome outcome = launcher.runOnDemand(new Corpus("seeds", Path.of("seeds").toAbsolutePath()));

		// then the run completes with the five articles and both disagreements the seeds
		// hold
		assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(outcome.articles()).isEqualTo(5);
		WorkbookRows actual = WorkbookRows.read(Path.of(outcome.reportPath()));
		assertThat(actual.sheet("Articles")).hasSize(5);
		assertThat(actual.sheet("Findings")).filteredOn(f -> "DISAGREE".equals(f.get("Status"))).hasSize(2);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM MIZAN_FACT", Long.class)).isEqualTo(outcome.facts());

		// and the workbook is the one the default HSQLDB database gives
		RunOutcome reference = runOnHsqldb();
		assertThat(outcome.facts()).isEqualTo(reference.facts());
		assertThat(outcome.findings()).isEqualTo(reference.findings());
		assertThat(actual.sheet("Facts")).isNotEmpty();
		WorkbookRows expected = WorkbookRows.read(Path.of(reference.reportPath()));
		assertThat(MizanJobRestartTests.withoutIds(actual.sheet("Facts")))
			.isEqualTo(MizanJobRestartTests.withoutIds(expected.sheet("Facts")));
		assertThat(actual.sheet("Findings")).isEqualTo(expected.sheet("Findings"));
		assertThat(actual.sheet("Attributions")).isEqualTo(expected.sheet("Attributions"));
		assertThat(actual.sheet("Articles")).isEqualTo(expected.sheet("Articles"));

		// and a rerun of the unchanged corpus shares the first run's rows and keeps the
		// workbook
		RunOutcome rerun = launcher.runOnDemand(new Corpus("seeds", Path.of("seeds").toAbsolutePath()));
		assertThat(rerun.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rerun.findings()).isEqualTo(outcome.findings());
		assertThat(rerun.reportPath()).isEqualTo(outcome.reportPath());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM MIZAN_RUN WHERE SAME_AS IS NOT NULL", Integer.class))
			.isEqualTo(1);
	}

	/**
	 * The same run in a context of its own on the default HSQLDB database, in a folder of
	 * its own.
	 */
	private static RunOutcome runOnHsqldb() throws Exception {
		Path hsqldb = work.resolve("hsqldb");
		// arguments, not default properties: config/application.yml would override those
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MizanApplication.class)
			.run("--mizan.data-dir=" + hsqldb.resolve("data"), "--mizan.reports-dir=" + hsqldb.resolve("reports"))) {
			return context.getBean(RunLauncher.class)
				.runOnDemand(new Corpus("seeds", Path.of("seeds").toAbsolutePath()));
		}
	}

	private static void execute(String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
