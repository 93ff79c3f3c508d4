package org.mizan;

import org.mizan.cli.MizanCommand;
import org.mizan.corpus.CorpusResolver;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Mizan's Spring Boot application. {@link #main} is the command line: commands that need
 * the database and the job start the application context; {@code extract} runs without
 * one.
 */
@SpringBootApplication
@EnableConfigurationProperties(MizanProperties.class)
public class MizanApplication {

	public static void main(String[] args) {
		System.exit(MizanCommand.execute(args));
	}

	@Bean
	CorpusResolver corpusResolver(MizanProperties properties) {
		return new CorpusResolver(properties.getCorpora(), properties.getCorpusRoots());
	}

}
