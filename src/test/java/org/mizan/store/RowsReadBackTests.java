package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.hsqldb.jdbc.JDBCDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.extract.Approx;
import org.mizan.extract.ClaimFrame;
import org.mizan.extract.Hedge;
import org.mizan.extract.SourceType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Rows written by the extract step come back to the align step as the same records, on
 * the real migrations in an HSQLDB database: every column by name, the enums as enums,
 * and a fact's evidence and context left unread.
 */
class RowsReadBackTests {

	private JdbcTemplate jdbc;

	private FindingStore store;

	@BeforeEach
	void migrate() {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new JDBCDriver(),
				"jdbc:hsqldb:mem:" + UUID.randomUUID(), "SA", "");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/hsqldb")
			.load()
			.migrate();
		this.jdbc = new JdbcTemplate(dataSource);
		this.store = new FindingStore(this.jdbc);
	}

	static FactRecord fact(int seq, String measure) {
		return new FactRecord(7, "a.txt", seq, 3, 120 + seq, 125 + seq, "3,000", 3000.0, null, 2500.0, 3500.0,
				Approx.MORE_THAN, "fighter", "person", "fighters", "killed", "kill", "side:army arg:north", "Reuters",
				"reuters", SourceType.AGENCY, ViaChain.join(List.of("bbc", "aljazeera")), "said", Hedge.CLAIMED,
				"the whole sentence", 100, "the sentence before", measure, "fighters killed", "army", "north",
				"2024-05", "update", ClaimFrame.Kind.PROJECTION, "gaza", "clause words");
	}

	@Test
	void aFactComesBackWithEveryColumnButItsEvidenceAndContext() {
		FactRecord second = fact(1, "person/kill");
		FactRecord first = fact(2, "a/first");
		jdbc.batchUpdate(FactRecord.COLUMNS.insert("MIZAN_FACT"), FactRecord.COLUMNS.values(List.of(second, first)));
		List<FactRecord> read = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		store.facts(7, (id, row, copyOf) -> {
			ids.add(id);
			read.add(row);
			assertThat(copyOf).isNull();
		});
		// ordered by measure, each with its generated id
		assertThat(read).containsExactly(unread(first), unread(second));
		assertThat(ids).doesNotHaveDuplicates().allMatch((id) -> id >= 0);
		assertThat(read.get(0).viaChain()).containsExactly("bbc", "aljazeera");
		assertThat(read.get(0).participantKeys()).containsExactly("side:army", "arg:north");
		assertThat(read.get(0).frame().kind()).isEqualTo(ClaimFrame.Kind.PROJECTION);
	}

	private static FactRecord unread(FactRecord f) {
		return new FactRecord(f.runId(), f.file(), f.seq(), f.line(), f.startOffset(), f.endOffset(), f.surface(),
				f.numValue(), f.dateValue(), f.low(), f.high(), f.approx(), f.unit(), f.unitClass(), f.counted(),
				f.event(), f.eventClass(), f.participants(), f.source(), f.sourceKey(), f.sourceType(), f.via(),
				f.cue(), f.hedge(), null, f.evidenceStart(), null, f.measure(), f.measureLabel(), f.subject(),
				f.scope(), f.timeRef(), f.revision(), f.kind(), f.place(), f.clauseWords());
	}

	@Test
	void aStatementComesBackWhole() {
		AttributionRecord statement = new AttributionRecord(7, "b.txt", 0, 10, 40, "a senior official", "official",
				SourceType.ANONYMOUS, "reuters", "told", Hedge.LEAKED, "the statement", "statement key");
		jdbc.batchUpdate(AttributionRecord.COLUMNS.insert("MIZAN_ATTRIBUTION"),
				AttributionRecord.COLUMNS.values(List.of(statement)));
		jdbc.update("INSERT INTO MIZAN_ARTICLE (RUN_ID, FILE, SHA256, CHARACTERS, FACTS, STATUS, COPY_OF) "
				+ "VALUES (7, 'b.txt', 'x', 1, 0, 'OK', 'c.txt')");
		List<AttributionRecord> read = new ArrayList<>();
		store.statements(7, (id, row, copyOf) -> {
			read.add(row);
			assertThat(copyOf).isEqualTo("c.txt");
		});
		assertThat(read).containsExactly(statement);
		store.statements(8, (id, row, copyOf) -> read.add(null));
		assertThat(read).hasSize(1);
	}

	@Test
	void aReaderLeavesOutOnlyColumnsTheTableHasAndNeverWritesThroughItsView() {
		assertThatIllegalArgumentException().isThrownBy(() -> FactRecord.COLUMNS.without("EVIDENCE", "EVIDENSE"))
			.withMessageContaining("EVIDENSE");
		RecordColumns<FactRecord> view = FactRecord.COLUMNS.without("EVIDENCE");
		assertThat(view.list()).doesNotContain("EVIDENCE,").contains("EVIDENCE_START");
		assertThatIllegalStateException().isThrownBy(() -> view.insert("MIZAN_FACT"));
		assertThatIllegalStateException().isThrownBy(() -> view.values(fact(0, "m")));
	}

}
