-- People, organisations and places each article names (package names).
CREATE TABLE mentions (
	article_id TEXT NOT NULL REFERENCES articles(id),
	idx        INTEGER NOT NULL,
	kind       TEXT NOT NULL,
	key        TEXT NOT NULL,
	text       TEXT NOT NULL,
	name       TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_key ON mentions(key);
