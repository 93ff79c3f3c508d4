package org.mizan.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.mizan.extract.Approx;
import org.mizan.extract.Hedge;
import org.mizan.extract.SourceType;

/**
 * A small made-up story: a flood in a river town, told by three outlets that disagree on
 * the death toll. Extra synthetic facts can be appended to test overflow, and the source
 * can be told to fail half-way through the facts.
 */
class StoryReportSource implements ReportSource {

	static final String A = "001_wakala.txt";

	static final String B = "002_sahifa.txt";

	static final String C = "003_mawqi.txt";

	static final String EVIDENCE_A = "وقال مسؤول في وزارة الصحة إن نحو 120 شخصاً لقوا حتفهم في الفيضانات.";

	final List<FindingRow> findings = new ArrayList<>();

	final List<FactRow> facts = new ArrayList<>();

	private int failAfterFacts = -1;

	StoryReportSource() {
		this.findings.add(new FindingRow("F-1A2B3C", "DISAGREE", "قتلى الفيضانات", "person",
				"120 — وزارة الصحة (" + A + ")\n85 — الهلال الأحمر (" + B + ")\nنحو 150 — " + C, 85.0, 150.0, null,
				null, 150.0 / 85.0, 3, 3, "needs follow-up", "اتصلنا بالوزارة", true));
		this.findings.add(new FindingRow("F-4D5E6F", "HEDGE_DRIFT", "انهيار السد", "", "مؤكد — " + B + "\nمزعوم — " + C,
				null, null, null, null, null, 2, 2, null, null, false));
		this.findings.add(new FindingRow("F-7A8B9C", "CONSISTENT", "الأسر التي أُجليت", "family",
				"2,300 — " + A + ", " + B, 2300.0, 2300.0, null, null, 1.0, 2, 2, null, null, false));
		this.findings.add(new FindingRow("F-0D1E2F", "SINGLE_SOURCE", "بدء العاصفة", "date", "2024-03-07 — " + A, null,
				null, "2024-03-07", "2024-03-07", null, 1, 1, null, null, false));
		this.findings.add(new FindingRow("F-HOSTILE", "SINGLE_SOURCE", "=HYPERLINK(\"http://x\",\"y\")", "", "+1+2",
				1.5, 1.5, null, null, null, 1, 1, null, null, false));
		this.facts.add(fact("X-1", "F-1A2B3C", A, 3, 120.0, "نحو 120", "about", "وزارة الصحة", EVIDENCE_A,
				EVIDENCE_A.indexOf("نحو 120"), EVIDENCE_A.indexOf("نحو 120") + "نحو 120".length()));
		String evidenceB = "أعلن الهلال الأحمر مقتل 85 شخصاً وإصابة المئات.";
		this.facts.add(fact("X-2", "F-1A2B3C", B, 5, 85.0, "85", "", "الهلال الأحمر", evidenceB,
				evidenceB.indexOf("85"), evidenceB.indexOf("85") + 2));
		String evidenceC = "وتشير تقديرات محلية إلى أن عدد الضحايا قد يصل إلى نحو 150.";
		this.facts.add(fact("X-3", "F-1A2B3C", C, 2, 150.0, "نحو 150", "about", "", evidenceC, 900, 950));
		this.facts.add(fact("X-4", "F-7A8B9C", A, 7, 2300.0, "2300 أسرة", "", "الدفاع المدني",
				"أجلى الدفاع المدني 2300 أسرة.", 17, 26));
		this.facts.add(fact("X-5", "F-7A8B9C", B, 9, 2300.5, "2300.5", "", "", "رقم عشري 2300.5 للاختبار.", -3, 4));
		this.facts.add(fact("X-6", "F-HOSTILE", C, 1, null, "=1+2", "", "@SUM(A1)", "-2+3 =cmd|' /C calc'!A0", 0, 4));
	}

	static FactRow fact(String id, String finding, String article, int line, Double value, String surface,
			String approx, String source, String evidence, int surfaceStart, int surfaceEnd) {
		return new FactRow(id, finding, article, line, 10 * line, 10 * line + surface.length(), surface, value,
				value == null ? "2024-03-07" : null, value, value, Approx.fromLabel(approx), "person", "شخص", "قتل",
				source, source.isEmpty() ? null : SourceType.OFFICIAL, null, evidence, surfaceStart, surfaceEnd, null);
	}

	/** Appends {@code count} synthetic facts to the first finding. */
	StoryReportSource withExtraFacts(int count) {
		for (int i = 0; i < count; i++) {
			this.facts.add(fact("S-" + i, "F-1A2B3C", A, 100 + i, (double) i, "رقم " + i, "", "", "جملة " + i, 0, 3));
		}
		return this;
	}

	StoryReportSource failingAfterFacts(int count) {
		this.failAfterFacts = count;
		return this;
	}

	@Override
	public RunInfo run() {
		return new RunInfo("flood", "key-42", 42, Instant.parse("2024-03-08T09:00:00Z"),
				Instant.parse("2024-03-08T09:01:30Z"), 0.05, 3, 1, this.facts.size(),
				Map.of("DISAGREE", 1L, "HEDGE_DRIFT", 1L, "CONSISTENT", 1L, "SINGLE_SOURCE", 2L));
	}

	@Override
	public void findings(Consumer<FindingRow> sink) {
		this.findings.forEach(sink);
	}

	@Override
	public void facts(Consumer<FactRow> sink) {
		for (int i = 0; i < this.facts.size(); i++) {
			if (i == this.failAfterFacts) {
				throw new IllegalStateException("database went away");
			}
			sink.accept(this.facts.get(i));
		}
	}

	@Override
	public void attributions(Consumer<AttributionRow> sink) {
		sink.accept(new AttributionRow(A, 0, 70, "مسؤول في وزارة الصحة", SourceType.OFFICIAL, "", "قال", null,
				EVIDENCE_A, "F-1A2B3C"));
		sink.accept(new AttributionRow(C, 0, 40, "مصادر محلية", SourceType.ANONYMOUS, "موقع محلي", "بحسب",
				Hedge.CLAIMED, "انهار السد بالكامل", ""));
	}

	@Override
	public void sources(Consumer<SourceRow> sink) {
		sink.accept(new SourceRow("وزارة الصحة", "official", 1, 1, "", "مسؤول في وزارة الصحة"));
		sink.accept(new SourceRow("الهلال الأحمر", "organisation", 2, 1, "", A + "\n" + B));
	}

	@Override
	public void articles(Consumer<ArticleRow> sink) {
		sink.accept(new ArticleRow(A, "فيضانات تجتاح البلدة", "وكالة الأنباء", "ab12", 1234567, 3, "OK", "", null));
		sink.accept(new ArticleRow(B, "الهلال الأحمر: 85 قتيلاً", "صحيفة", "cd34", 900, 2, "OK", "", A));
		sink.accept(new ArticleRow(C, "تقديرات محلية", "موقع", "ef56", 700, 1, "OK", "", null));
		sink.accept(new ArticleRow("004_empty.txt", "", "", "0000", 0, 0, "SKIPPED", "empty", null));
	}

	@Override
	public List<String> articleFiles() {
		return List.of(A, B, C);
	}

	@Override
	public void matrix(Consumer<MatrixRow> sink) {
		sink.accept(new MatrixRow("F-1A2B3C", "DISAGREE", "قتلى الفيضانات",
				Map.of(A, "120 (وزارة الصحة)", B, "85 (الهلال الأحمر)", C, "نحو 150")));
	}

	@Override
	public void changes(Consumer<ChangeRow> sink) {
		sink.accept(new ChangeRow("F-1A2B3C", "CHANGED", "قتلى الفيضانات", "120 / 85", "120 / 85 / 150"));
	}

}
