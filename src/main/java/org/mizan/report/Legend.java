package org.mizan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What the workbook's sheets, columns, statuses, hedges and verdicts mean, in English and
 * Arabic, as written in the resource {@code report/legend.yml}: the {@code Legend} sheet
 * and the comments on the header cells.
 */
final class Legend {

	record Entry(String term, String english, String arabic) {

		/** A header cell's comment: both languages, short. */
		String note() {
			return this.english + "\n" + this.arabic;
		}

	}

	/**
	 * @param sheet the sheet whose columns the entries are, or null
	 */
	record Section(String english, String arabic, String sheet, List<Entry> entries) {
	}

	private static final String RESOURCE = "/report/legend.yml";

	private static volatile Legend loaded;

	private final List<Section> sections;

	private final Map<String, Entry> notes;

	private Legend(List<Section> sections, Map<String, Entry> notes) {
		this.sections = sections;
		this.notes = notes;
	}

	/**
	 * A note a sheet shows when it has no rows ({@code first_run}, {@code no_changes}),
	 * both languages.
	 */
	Entry note(String name) {
		Entry note = this.notes.get(name);
		if (note == null) {
			throw new IllegalStateException(RESOURCE + " has no note " + name);
		}
		return note;
	}

	static Legend get() {
		Legend legend = loaded;
		if (legend == null) {
			legend = read();
			loaded = legend;
		}
		return legend;
	}

	List<Section> sections() {
		return this.sections;
	}

	/**
	 * The notes for the header cells of a sheet, by column name (none for a sheet the
	 * legend has no columns of).
	 */
	Map<String, String> columnNotes(String sheet) {
		Map<String, String> notes = new LinkedHashMap<>();
		this.sections.stream()
			.filter((section) -> sheet.equals(section.sheet()))
			.forEach((section) -> section.entries().forEach((e) -> notes.putIfAbsent(e.term(), e.note())));
		return notes;
	}

	@SuppressWarnings("unchecked")
	private static Legend read() {
		try (InputStream in = Legend.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			List<Section> sections = new ArrayList<>();
			for (Map<String, Object> section : (List<Map<String, Object>>) doc.get("sections")) {
				Map<String, Object> title = (Map<String, Object>) section.get("title");
				List<Entry> entries = new ArrayList<>();
				for (Map<String, Object> entry : (List<Map<String, Object>>) section.get("entries")) {
					entries.add(new Entry(String.valueOf(entry.get("term")), String.valueOf(entry.get("en")),
							String.valueOf(entry.get("ar"))));
				}
				sections.add(new Section(String.valueOf(title.get("en")), String.valueOf(title.get("ar")),
						(String) section.get("sheet"), List.copyOf(entries)));
			}
			Map<String, Entry> notes = new LinkedHashMap<>();
			((Map<String, Map<String, Object>>) doc.get("notes")).forEach((name, note) -> notes.put(name,
					new Entry(name, String.valueOf(note.get("en")), String.valueOf(note.get("ar")))));
			return new Legend(List.copyOf(sections), Map.copyOf(notes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
