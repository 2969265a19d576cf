-- Reported speech found in each article (package attrib), and warnings
-- about the article's text.
CREATE TABLE quotes (
	article_id   TEXT NOT NULL REFERENCES articles(id),
	idx          INTEGER NOT NULL,
	kind         TEXT NOT NULL,
	text         TEXT NOT NULL,
	span_start   INTEGER NOT NULL,
	span_end     INTEGER NOT NULL,
	speaker      TEXT NOT NULL DEFAULT '',   -- canonical name; '' when unattributed
	speaker_key  TEXT NOT NULL DEFAULT '',   -- names.FullKey(speaker), for spelling-blind lookups
	speaker_json TEXT NOT NULL DEFAULT '',   -- the whole kent.Speaker
	cue          TEXT NOT NULL DEFAULT '',
	cue_start    INTEGER NOT NULL DEFAULT 0,
	cue_end      INTEGER NOT NULL DEFAULT 0,
	sentence     INTEGER NOT NULL,
	language     TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
CREATE INDEX quotes_language ON quotes(language);

ALTER TABLE articles ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';
