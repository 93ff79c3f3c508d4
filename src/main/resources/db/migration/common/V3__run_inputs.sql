-- What a run read (a fingerprint of its files' names and bytes, the extractor version and the settings), the run
-- whose rows it shares when it read exactly what that run read (it then stores no rows of its own), and the
-- SHA-256 of the workbook it wrote: a rerun of an unchanged corpus keeps that workbook when no verdict changed.
ALTER TABLE MIZAN_RUN ADD COLUMN INPUT_FINGERPRINT VARCHAR(64);
-- the files' names and SHA-256 as the inventory saw them, checked against what the extract step read
ALTER TABLE MIZAN_RUN ADD COLUMN CONTENT_DIGEST VARCHAR(64);
ALTER TABLE MIZAN_RUN ADD COLUMN SAME_AS BIGINT;
ALTER TABLE MIZAN_RUN ADD COLUMN REPORT_SHA256 VARCHAR(64);

-- Which finding each attributed statement belongs to: a narrow table like MIZAN_FACT_FINDING, so aligning (and
-- copying an earlier run's alignment) never rewrites the wide statement rows.
CREATE TABLE MIZAN_STATEMENT_FINDING (
	ATTRIBUTION_ID BIGINT NOT NULL PRIMARY KEY,
	RUN_ID BIGINT NOT NULL,
	FINDING_ID VARCHAR(20) NOT NULL
);
CREATE INDEX MIZAN_STATEMENT_FINDING_RUN ON MIZAN_STATEMENT_FINDING (RUN_ID, FINDING_ID);
INSERT INTO MIZAN_STATEMENT_FINDING (ATTRIBUTION_ID, RUN_ID, FINDING_ID)
	SELECT ATTRIBUTION_ID, RUN_ID, FINDING_ID FROM MIZAN_ATTRIBUTION WHERE FINDING_ID IS NOT NULL;
ALTER TABLE MIZAN_ATTRIBUTION DROP COLUMN FINDING_ID;
