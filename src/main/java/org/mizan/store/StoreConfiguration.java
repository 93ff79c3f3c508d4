package org.mizan.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application's tables, one store per concern. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	@Bean
	RunStore runStore(JdbcTemplate jdbc) {
		return new RunStore(jdbc);
	}

	@Bean
	ExtractionStore extractionStore(JdbcTemplate jdbc) {
		return new ExtractionStore(jdbc);
	}

	@Bean
	FindingStore findingStore(JdbcTemplate jdbc) {
		return new FindingStore(jdbc);
	}

	@Bean
	RunInputs runInputs(JdbcTemplate jdbc) {
		return new RunInputs(jdbc);
	}

	@Bean
	VerdictStore verdictStore(JdbcTemplate jdbc) {
		return new VerdictStore(jdbc);
	}

}
