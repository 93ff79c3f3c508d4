package org.mizan.store;

import java.util.Arrays;
import java.util.List;

import org.mizan.extract.Approx;
import org.mizan.extract.ClaimFrame;
import org.mizan.extract.Fact;
import org.mizan.extract.Hedge;
import org.mizan.extract.SourceRef;
import org.mizan.extract.SourceType;

/**
 * A row of {@code MIZAN_FACT} (its id is the table's): the one list of the table's
 * columns ({@link RecordColumns}), as the extract step writes it and as the align step
 * and the report read it back. Text is clipped to its column's width.
 *
 * @param seq the fact's place among its article's facts
 * @param participants the participant keys, space-separated
 * @param via the relay chain ({@link ViaChain})
 * @param clauseWords the frame's context words ({@link ClaimFrame#context()})
 */
public record FactRecord(long runId, String file, int seq, int line, int startOffset, int endOffset, String surface,
		Double numValue, String dateValue, Double low, Double high, Approx approx, String unit, String unitClass,
		String counted, String event, String eventClass, String participants, String source, String sourceKey,
		SourceType sourceType, String via, String cue, Hedge hedge, String evidence, Integer evidenceStart,
		String context, String measure, String measureLabel, String subject, String scope, String timeRef,
		String revision, ClaimFrame.Kind kind, String place, String clauseWords) {

	static final RecordColumns<FactRecord> COLUMNS = new RecordColumns<>(FactRecord.class);

	static FactRecord of(long runId, String file, int seq, Fact f) {
		SourceRef s = f.source();
		ClaimFrame frame = f.frame();
		return new FactRecord(runId, file, seq, f.line(), f.start(), f.end(), clip(f.surface(), 1000), f.value(),
				f.date(), f.low(), f.high(), f.approx(), f.unit(), f.unitClass(), clip(f.counted(), 1000),
				clip(f.event(), 500), f.eventClass(), clip(String.join(" ", f.participants()), 4000),
				clip(s.name(), 1000), clip(s.key(), 1000), s.type(), ViaChain.join(s.via()), clip(s.cue(), 200),
				s.hedge(), clip(f.evidence(), 16000), f.evidenceStart(), clip(f.context(), 16000),
				clip(frame.measure(), 300), clip(frame.label(), 1000), clip(frame.subject(), 500),
				clip(frame.scope(), 500), clip(frame.time(), 100), frame.revision(), frame.kind(),
				clip(frame.place(), 200), clip(frame.context(), 1000));
	}

	public List<String> participantKeys() {
		return participants == null || participants.isBlank() ? List.of() : Arrays.asList(participants.split(" "));
	}

	/** The relays, nearest first. */
	public List<String> viaChain() {
		return ViaChain.split(via);
	}

	public ClaimFrame frame() {
		return new ClaimFrame(measure, measureLabel, subject, scope, timeRef, revision,
				kind == null ? ClaimFrame.Kind.COUNT : kind, place, clauseWords);
	}

	private static String clip(String s, int max) {
		return ExtractionStore.clip(s, max);
	}

}
