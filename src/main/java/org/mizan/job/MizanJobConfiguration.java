package org.mizan.job;

import java.nio.file.Path;

import org.mizan.MizanProperties;
import org.mizan.corpus.ArticleReader;
import org.mizan.corpus.CorpusEntry;
import org.mizan.corpus.CorpusScanner;
import org.mizan.corpus.NearDuplicates;
import org.mizan.extract.ArticleExtractor;
import org.mizan.extract.attribution.SourceKeys;
import org.mizan.store.ExtractedArticle;
import org.mizan.store.ExtractionStore;
import org.mizan.store.FindingStore;
import org.mizan.store.RunInputs;
import org.mizan.store.RunStore;
import org.mizan.store.VerdictStore;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The Mizan job: inventory (what the run reads), extract (partitioned by article ranges
 * over worker threads; in each partition one item = one article), align, report.
 */
@Configuration(proxyBeanMethods = false)
class MizanJobConfiguration {

	static final String JOB_NAME = "mizan";

	private static final String RUN_ID = "#{stepExecution.jobExecution.jobInstance.instanceId}";

	private static final String CORPUS_PATH = "#{jobParameters['corpusPath']}";

	/**
	 * A corpus whose files are exactly those of a finished run goes from the inventory
	 * straight to the report.
	 */
	@Bean
	Job mizanJob(JobRepository jobRepository, Step inventoryStep, Step extractStep, Step alignStep, Step reportStep,
			RunStore runs, MizanProperties properties, RunningExecutions running, StatusBoard board) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new RunListener(runs, properties, running, board))
			.start(inventoryStep)
			.on(InventoryTasklet.UNCHANGED)
			.to(reportStep)
			.from(inventoryStep)
			.on("*")
			.to(extractStep)
			.next(alignStep)
			.next(reportStep)
			.end()
			.build();
	}

	@Bean
	Step inventoryStep(JobRepository jobRepository, InventoryTasklet inventoryTasklet, StatusBoard board) {
		return new StepBuilder("inventory", jobRepository)
			.tasklet(inventoryTasklet, new ResourcelessTransactionManager())
			.listener(new StepAnnouncer(board))
			.build();
	}

	@Bean
	@StepScope
	InventoryTasklet inventoryTasklet(CorpusListing listing, RunInputs inputs, RunStore runs,
			ArticleExtractor extractor, MizanProperties properties, @Value(RUN_ID) long runId) {
		return new InventoryTasklet(listing, inputs, runs.find(runId).orElseThrow(), extractor.version(),
				properties.getMaxArticleBytes().toBytes());
	}

	@Bean
	ArticleExtractor articleExtractor() {
		return new ArticleExtractor();
	}

	@Bean
	CorpusScanner corpusScanner(MizanProperties properties) {
		return new CorpusScanner(properties.getCorpusRoots().stream().map(Path::of).toList());
	}

	@Bean
	Step extractStep(JobRepository jobRepository, Step extractPartitionStep, ArticlePartitioner articlePartitioner,
			MizanProperties properties, StatusBoard board) {
		SimpleAsyncTaskExecutor workers = new SimpleAsyncTaskExecutor("extract-");
		workers.setConcurrencyLimit(Math.max(1, properties.getThreads()));
		return new StepBuilder("extract", jobRepository).partitioner("extractPartition", articlePartitioner)
			.step(extractPartitionStep)
			.gridSize(Math.max(1, properties.getThreads()))
			.taskExecutor(workers)
			.listener(new StepAnnouncer(board))
			.build();
	}

	@Bean
	@JobScope
	CorpusListing corpusListing(CorpusScanner scanner, @Value(CORPUS_PATH) String corpusPath) {
		return new CorpusListing(scanner.scan(Path.of(corpusPath)));
	}

	@Bean
	@StepScope
	ArticlePartitioner articlePartitioner(CorpusListing listing) {
		return new ArticlePartitioner(listing.size());
	}

	@Bean
	Step extractPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ArticleItemReader articleItemReader, ExtractProcessor extractProcessor, ExtractWriter extractWriter,
			MizanProperties properties) {
		return new StepBuilder("extractPartition", jobRepository)
			.<CorpusEntry, ExtractedArticle>chunk(properties.getChunkSize())
			.transactionManager(transactionManager)
			.reader(articleItemReader)
			.processor(extractProcessor)
			.writer(extractWriter)
			.build();
	}

	@Bean
	@StepScope
	ArticleItemReader articleItemReader(CorpusListing listing, @Value("#{stepExecutionContext['from']}") int from,
			@Value("#{stepExecutionContext['to']}") int to) {
		return new ArticleItemReader(listing::entries, from, to);
	}

	@Bean
	ExtractProcessor extractProcessor(MizanProperties properties, ArticleExtractor extractor, ExtractionStore store) {
		return new ExtractProcessor(new ArticleReader(properties.getMaxArticleBytes().toBytes()), extractor,
				new NearDuplicates(), store);
	}

	@Bean
	@JobScope
	Progress progress(CorpusListing listing, @Value("#{jobParameters['corpus']}") String corpus, StatusBoard board) {
		return new Progress(corpus, listing.size(), System.console(), System.err, board);
	}

	@Bean
	@StepScope
	ExtractWriter extractWriter(ExtractionStore store, ArticleExtractor extractor, Progress progress,
			@Value(RUN_ID) long runId) {
		return new ExtractWriter(store, extractor.version(), runId, progress);
	}

	/**
	 * The align and report steps write in small auto-committed batches instead of one
	 * transaction over the whole run, which would hold every changed row in memory; each
	 * starts from scratch, so a retried step replaces what a failed attempt wrote.
	 */
	@Bean
	Step alignStep(JobRepository jobRepository, AlignTasklet alignTasklet, StatusBoard board) {
		return new StepBuilder("align", jobRepository).tasklet(alignTasklet, new ResourcelessTransactionManager())
			.listener(new StepAnnouncer(board))
			.build();
	}

	@Bean
	@StepScope
	AlignTasklet alignTasklet(FindingStore store, RunStore runs, RunInputs inputs, @Value(RUN_ID) long runId) {
		return new AlignTasklet(store, new SourceKeys(), runs.find(runId).orElseThrow().tolerance(), runId, inputs);
	}

	@Bean
	Step reportStep(JobRepository jobRepository, ReportTasklet reportTasklet, StatusBoard board) {
		return new StepBuilder("report", jobRepository).tasklet(reportTasklet, new ResourcelessTransactionManager())
			.listener(new StepAnnouncer(board))
			.build();
	}

	@Bean
	@StepScope
	ReportTasklet reportTasklet(JdbcTemplate jdbc, RunStore runs, RunInputs inputs, VerdictStore verdicts,
			MizanProperties properties, @Value(RUN_ID) long runId) {
		return new ReportTasklet(jdbc, runs, inputs, verdicts, properties.getReportsDir(), runId);
	}

}
