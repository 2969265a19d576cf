-- version: 20
-- The schema migrations/*.sql leave in a new store, for creating one in one
-- step. Generated: go test ./sqlite -run TestSchemaSnapshot -update
CREATE TABLE articles (
	id          TEXT PRIMARY KEY,
	text_hash   TEXT NOT NULL,
	source      TEXT NOT NULL,
	format      TEXT NOT NULL,
	url         TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	outlet      TEXT NOT NULL DEFAULT '',
	author      TEXT NOT NULL DEFAULT '',
	published   TEXT,            -- RFC 3339 in UTC, NULL when unknown
	language    TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,
	paragraphs  TEXT NOT NULL,   -- JSON: spans, languages, sentences
	blocks      TEXT NOT NULL,   -- JSON: every source block with its verdict
	ingested_at TEXT NOT NULL
, warnings TEXT NOT NULL DEFAULT '[]');
CREATE TABLE quotes (
	article_id   TEXT NOT NULL REFERENCES articles(id),
	idx          INTEGER NOT NULL,
	kind         TEXT NOT NULL,
	text         TEXT NOT NULL,
	span_start   INTEGER NOT NULL,
	span_end     INTEGER NOT NULL,
	speaker      TEXT NOT NULL DEFAULT '',   -- canonical name; '' when unattributed
	speaker_json TEXT NOT NULL DEFAULT '',   -- the whole kent.Speaker
	cue          TEXT NOT NULL DEFAULT '',
	cue_start    INTEGER NOT NULL DEFAULT 0,
	cue_end      INTEGER NOT NULL DEFAULT 0,
	sentence     INTEGER NOT NULL,
	language     TEXT NOT NULL DEFAULT '', speaker_surname TEXT NOT NULL DEFAULT '', speaker_initial TEXT NOT NULL DEFAULT '', speaker_skeleton TEXT NOT NULL DEFAULT '', speaker_cyrillic INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, idx)
);
CREATE TABLE judgements (
	article_id  TEXT NOT NULL REFERENCES articles(id),
	idx         INTEGER NOT NULL,
	cue         TEXT NOT NULL,
	band        TEXT NOT NULL DEFAULT '',
	value       REAL NOT NULL,
	holder      TEXT NOT NULL DEFAULT '',   -- canonical name; '' for the article's own voice
	language    TEXT NOT NULL DEFAULT '',
	json        TEXT NOT NULL, holder_surname TEXT NOT NULL DEFAULT '', holder_initial TEXT NOT NULL DEFAULT '', keys TEXT, holder_skeleton TEXT NOT NULL DEFAULT '', holder_cyrillic INTEGER NOT NULL DEFAULT 0,              -- the whole kent.Judgement
	PRIMARY KEY (article_id, idx)
);
CREATE TABLE story_members (
	seq        INTEGER PRIMARY KEY,
	article_id TEXT NOT NULL UNIQUE,
	story      INTEGER NOT NULL
);
CREATE TABLE story_state (
	id            INTEGER PRIMARY KEY CHECK (id = 1),
	upto          INTEGER NOT NULL,
	snapshot      BLOB,
	snapshot_upto INTEGER NOT NULL
);
INSERT INTO "story_state" VALUES (1, 0, NULL, 0);
CREATE TABLE "judgement_keys" (
	key        TEXT NOT NULL,
	article_id TEXT NOT NULL,
	PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE TABLE "mentions" (
	article_id TEXT NOT NULL REFERENCES articles(id),
	entries    TEXT NOT NULL
);
CREATE TABLE article_facts (
	id        TEXT PRIMARY KEY REFERENCES articles(id),
	title     TEXT NOT NULL,
	outlet    TEXT NOT NULL,
	author    TEXT NOT NULL,
	published TEXT,
	language  TEXT NOT NULL,
	source    TEXT NOT NULL,
	text_hash TEXT NOT NULL,
	url       TEXT NOT NULL,
	head      TEXT NOT NULL   -- substr(text, 1, 401): kent.LeadChars + 1 characters
) WITHOUT ROWID;
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content = 'articles', content_rowid = 'rowid',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX quotes_speaker_surname ON quotes(speaker_surname);
CREATE INDEX judgements_holder_surname ON judgements(holder_surname);
CREATE INDEX story_members_story ON story_members(story, seq);
CREATE INDEX judgements_unkeyed ON judgements(keys) WHERE keys IS NULL;
CREATE INDEX quotes_speaker_skeleton ON quotes(speaker_skeleton);
CREATE INDEX judgements_holder_skeleton ON judgements(holder_skeleton);
