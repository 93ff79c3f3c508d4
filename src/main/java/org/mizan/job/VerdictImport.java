package org.mizan.job;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.mizan.report.UnreadableWorkbookException;
import org.mizan.report.Verdict;
import org.mizan.report.VerdictReader;
import org.mizan.report.WorkbookWriter;
import org.mizan.store.VerdictStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries the reviewer's verdicts over from the corpus's {@code latest.xlsx} and
 * {@code reviewed/*.xlsx} into the database, by one rule: the workbooks are applied from
 * the least to the most recently saved (their modification time), so for each finding the
 * most recently saved workbook wins, and a Verdict and Note cleared there withdraw the
 * verdict ({@link VerdictStore#apply}: a row that was empty when the workbook was written
 * withdraws nothing). Only rows of the corpus's own findings are kept. A workbook that
 * cannot be read safely is skipped with one log line; an unreadable {@code latest.xlsx}
 * is moved aside under a name that says so, so the new workbook never overwrites what it
 * held.
 */
final class VerdictImport {

	private static final Logger log = LoggerFactory.getLogger(VerdictImport.class);

	static final String REVIEWED = "reviewed";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final VerdictStore verdicts;

	private final VerdictReader reader;

	private final List<String> read = new ArrayList<>();

	private boolean changed;

	VerdictImport(VerdictStore verdicts, VerdictReader reader) {
		this.verdicts = verdicts;
		this.reader = reader;
	}

	/**
	 * @param readLatest whether {@code latest.xlsx} is to be read (not when it is the
	 * previous run's workbook as written: its verdicts came from the database)
	 * @param findings the corpus's finding ids: rows of other findings are ignored
	 */
	void run(String corpus, Path dir, boolean readLatest, Set<String> findings) throws IOException {
		List<Path> workbooks = new ArrayList<>();
		Path latest = dir.resolve(WorkbookWriter.LATEST);
		if (readLatest && Files.isRegularFile(latest)) {
			workbooks.add(latest);
		}
		Path reviewed = dir.resolve(REVIEWED);
		if (Files.isDirectory(reviewed)) {
			try (DirectoryStream<Path> files = Files.newDirectoryStream(reviewed, "*.xlsx")) {
				files.forEach(f -> {
					// a path without a file name is never an entry of a folder
					Path fileName = f.getFileName();
					String name = (fileName != null) ? fileName.toString() : "";
					// hidden files, and Excel's "~$name.xlsx" that only says who has the
					// workbook open
					if (!name.isEmpty() && Files.isRegularFile(f) && !name.startsWith(".") && !name.startsWith("~$")) {
						workbooks.add(f);
					}
				});
			}
		}
		List<Saved> bySaveTime = new ArrayList<>();
		for (Path workbook : workbooks) {
			bySaveTime.add(new Saved(workbook, Files.getLastModifiedTime(workbook).toInstant()));
		}
		bySaveTime.sort(Comparator.comparing(Saved::time).thenComparing(s -> s.file().toString()));
		for (Saved workbook : bySaveTime) {
			apply(corpus, dir, workbook, workbook.file().equals(latest), findings);
		}
	}

	/** Whether any verdict was saved or withdrawn. */
	boolean changed() {
		return changed;
	}

	/** One line per workbook, in the order they were applied, for the {@code Summary}. */
	List<String> workbooksRead() {
		return List.copyOf(read);
	}

	private record Saved(Path file, Instant time) {
	}

	private void apply(String corpus, Path dir, Saved workbook, boolean isLatest, Set<String> findings)
			throws IOException {
		String name = dir.relativize(workbook.file()).toString();
		VerdictReader.Reading reading;
		try {
			reading = reader.read(workbook.file(), findings::contains);
		}
		catch (UnreadableWorkbookException ex) {
			if (isLatest) {
				Path aside = dir.resolve("latest-unreadable-" + STAMP.format(Instant.now()) + ".xlsx");
				Files.move(workbook.file(), aside, StandardCopyOption.ATOMIC_MOVE);
				log.warn(
						"{} cannot be read ({}): moved aside to {} so the new workbook does not overwrite it; "
								+ "copy its verdicts into the new latest.xlsx by hand",
						workbook.file(), ex.getMessage(), aside.getFileName());
				read.add(name + ": unreadable, moved aside to " + aside.getFileName() + " (" + ex.getMessage() + ")");
			}
			else {
				log.warn("skipped reviewer workbook {}: {}", workbook.file(), ex.getMessage());
				read.add(name + ": skipped (" + ex.getMessage() + ")");
			}
			return;
		}
		int saved = 0;
		int withdrawn = 0;
		int unlisted = 0;
		for (Verdict row : reading.rows()) {
			VerdictStore.Change change = verdicts.apply(corpus, row, workbook.time(), reading.created());
			saved += change == VerdictStore.Change.SAVED ? 1 : 0;
			withdrawn += change == VerdictStore.Change.WITHDRAWN ? 1 : 0;
			unlisted += row.isListed() ? 0 : 1;
		}
		changed |= saved + withdrawn > 0;
		List<String> notes = new ArrayList<>(reading.clipped());
		if (reading.ignored() > 0) {
			notes.add(reading.ignored() + " row(s) of findings this corpus does not have ignored");
		}
		if (unlisted > 0) {
			notes.add(unlisted + " verdict(s) not in the list kept as written, marked in Re-review");
		}
		String line = String.format("%s, saved %s: %d verdict(s), %d new or changed, %d withdrawn%s", name,
				SHOWN.format(workbook.time()), reading.verdicts().size(), saved, withdrawn,
				notes.isEmpty() ? "" : "; " + String.join("; ", notes));
		read.add(line);
		if (saved + withdrawn > 0 || !notes.isEmpty()) {
			log.info("verdicts from {}", line);
		}
	}

}
