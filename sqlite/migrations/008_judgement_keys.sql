-- What a question finds a judgement by (kent.Judgement.Keys: places,
-- organisations, surnames, event concepts), so a brief reads only the
-- judgements that can bear on its question instead of decoding them all.
-- keys (a JSON array, for Get) is NULL for judgements stored before keys
-- were computed: a keyed query still returns those.
ALTER TABLE judgements ADD COLUMN keys TEXT;
CREATE INDEX judgements_unkeyed ON judgements(keys) WHERE keys IS NULL;
CREATE TABLE judgement_keys (
	key        TEXT NOT NULL,
	article_id TEXT NOT NULL,
	idx        INTEGER NOT NULL,
	PRIMARY KEY (key, article_id, idx)
) WITHOUT ROWID;
