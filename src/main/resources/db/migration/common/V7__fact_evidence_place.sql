-- Where a fact's evidence sentence starts in the file, so the report highlights the fact at its own offsets (a
-- surface can occur twice in one sentence), and the sentence that holds the number's meaning when it is not the
-- fact's own (a bare number after a question: «كم عددهم؟» «حوالي ثلاثمائة»). Null for rows stored before.
ALTER TABLE MIZAN_FACT ADD COLUMN EVIDENCE_START INTEGER;
ALTER TABLE MIZAN_FACT ADD COLUMN CONTEXT VARCHAR(16000);
