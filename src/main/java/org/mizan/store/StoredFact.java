package org.mizan.store;

import java.util.Arrays;
import java.util.List;

import org.mizan.extract.Approx;
import org.mizan.extract.ClaimFrame;
import org.mizan.extract.Hedge;
import org.mizan.extract.SourceType;

/**
 * A fact as the align step reads it back: the columns of {@code MIZAN_FACT} it needs, by
 * name, not the evidence (a large result is copied to disk before it is read).
 */
public record StoredFact(long factId, String file, int startOffset, String surface, Double numValue, String dateValue,
		Double low, Double high, Approx approx, String unit, String unitClass, String counted, String event,
		String eventClass, String participants, String source, String sourceKey, SourceType sourceType, String via,
		Hedge hedge, String measure, String measureLabel, String subject, String scope, String timeRef, String revision,
		ClaimFrame.Kind kind, String place, String clauseWords) {

	static final RecordColumns<StoredFact> COLUMNS = new RecordColumns<>(StoredFact.class);

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

}
