-- Speakers and holders are looked up by the name key the stages set
-- (kent.NameKey: surname key and first initial) instead of by re-keying names
-- in the store. Existing rows are keyed from the full keys stored so far
-- (names.FullKey: word keys separated by spaces): the surname is the last
-- word, the initial the first letter of a name of several words.
ALTER TABLE quotes ADD COLUMN speaker_surname TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN speaker_initial TEXT NOT NULL DEFAULT '';
UPDATE quotes SET
	speaker_surname = substr(trim(speaker_key), length(rtrim(trim(speaker_key), replace(trim(speaker_key), ' ', ''))) + 1),
	speaker_initial = CASE WHEN instr(trim(speaker_key), ' ') > 0 THEN substr(trim(speaker_key), 1, 1) ELSE '' END
	WHERE speaker_key != '';
DROP INDEX quotes_speaker_key;
ALTER TABLE quotes DROP COLUMN speaker_key;
CREATE INDEX quotes_speaker_surname ON quotes(speaker_surname);

ALTER TABLE judgements ADD COLUMN holder_surname TEXT NOT NULL DEFAULT '';
ALTER TABLE judgements ADD COLUMN holder_initial TEXT NOT NULL DEFAULT '';
UPDATE judgements SET
	holder_surname = substr(trim(holder_key), length(rtrim(trim(holder_key), replace(trim(holder_key), ' ', ''))) + 1),
	holder_initial = CASE WHEN instr(trim(holder_key), ' ') > 0 THEN substr(trim(holder_key), 1, 1) ELSE '' END
	WHERE holder_key != '';
DROP INDEX judgements_holder_key;
ALTER TABLE judgements DROP COLUMN holder_key;
CREATE INDEX judgements_holder_surname ON judgements(holder_surname);
