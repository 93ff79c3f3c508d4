package org.mizan.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.codec.digest.DigestUtils;
import org.mizan.corpus.CorpusEntry;
import org.mizan.store.RunInputs;
import org.mizan.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The first step: fingerprints what the run is about to read (every file's name and
 * SHA-256, the extractor version and the settings). When a finished run of the corpus
 * read exactly the same, this run shares that run's rows and ends {@link #UNCHANGED}: the
 * job then goes straight to the report, with nothing to extract or align.
 */
class InventoryTasklet implements Tasklet {

	static final String UNCHANGED = "UNCHANGED";

	private static final Logger log = LoggerFactory.getLogger(InventoryTasklet.class);

	private final CorpusListing listing;

	private final RunInputs inputs;

	private final RunStore.Run run;

	private final String extractorVersion;

	private final long maxArticleBytes;

	InventoryTasklet(CorpusListing listing, RunInputs inputs, RunStore.Run run, String extractorVersion,
			long maxArticleBytes) {
		this.listing = listing;
		this.inputs = inputs;
		this.run = run;
		this.extractorVersion = extractorVersion;
		this.maxArticleBytes = maxArticleBytes;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long started = System.nanoTime();
		RunInputs.Fingerprint fingerprint = new RunInputs.Fingerprint(extractorVersion, run.tolerance(),
				maxArticleBytes);
		List<String[]> hashed = new ArrayList<>();
		for (CorpusEntry entry : listing.entries()) {
			Content content = contentOf(entry);
			fingerprint.add(entry.name(), content.sha256() != null ? content.sha256() : content.unread());
			if (content.sha256() != null) {
				hashed.add(new String[] { entry.name(), content.sha256() });
			}
		}
		Optional<Long> same = inputs.record(run.runId(), run.corpus(), fingerprint.hex(),
				RunInputs.contentDigest(hashed));
		if (same.isPresent()) {
			log.info("{} files read in {} s are exactly what run {} read: nothing to extract or align", listing.size(),
					String.format("%.1f", (System.nanoTime() - started) / 1e9), same.get());
			contribution.setExitStatus(new ExitStatus(UNCHANGED));
		}
		return RepeatStatus.FINISHED;
	}

	/**
	 * A file's SHA-256, or why it will not be read: what decides what the extract step
	 * stores for it.
	 */
	private record Content(String sha256, String unread) {
	}

	private Content contentOf(CorpusEntry entry) {
		if (!entry.isReadable()) {
			return new Content(null, "bad: " + entry.problem());
		}
		try {
			long size = Files.size(entry.path());
			if (size > maxArticleBytes) {
				return new Content(null, "too large: " + size);
			}
			try (InputStream in = Files.newInputStream(entry.path())) {
				return new Content(DigestUtils.sha256Hex(in), null);
			}
		}
		catch (IOException ex) {
			return new Content(null, "unreadable: " + ex.getClass().getSimpleName());
		}
	}

}
