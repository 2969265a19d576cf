-- Articles are immutable once stored; re-ingesting finds them by id.
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
);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_language ON articles(language);

-- Full-text index over the cleaned text only, so chrome is never found.
-- remove_diacritics 2 lets "Lukasenka" find "Lukašenka".
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content = 'articles', content_rowid = 'rowid',
	tokenize = 'unicode61 remove_diacritics 2'
);
