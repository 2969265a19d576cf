-- Speakers and holders are found across scripts ("Трамп" finds "Donald
-- Trump"): beside the surname key each row keeps the surname's cross-script
-- skeleton and whether it was spelled in Cyrillic (kent.NameKey.Matches),
-- and initials are folded across scripts (Joe, Джо).
-- Rows stored before are re-keyed by the Go step of this migration
-- (rekeyCrossScript: the skeleton needs package names).
ALTER TABLE quotes ADD COLUMN speaker_skeleton TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN speaker_cyrillic INTEGER NOT NULL DEFAULT 0;
CREATE INDEX quotes_speaker_skeleton ON quotes(speaker_skeleton);
ALTER TABLE judgements ADD COLUMN holder_skeleton TEXT NOT NULL DEFAULT '';
ALTER TABLE judgements ADD COLUMN holder_cyrillic INTEGER NOT NULL DEFAULT 0;
CREATE INDEX judgements_holder_skeleton ON judgements(holder_skeleton);
