-- One row per article and distinct mention (key and spelling), with a count:
-- a long article names Lukashenko thirty times, not thirty rows' worth.
CREATE TABLE mentions_new (
	article_id TEXT NOT NULL REFERENCES articles(id),
	kind       TEXT NOT NULL,
	key        TEXT NOT NULL,
	text       TEXT NOT NULL,
	name       TEXT NOT NULL,
	count      INTEGER NOT NULL,
	PRIMARY KEY (article_id, key, text)
);
INSERT INTO mentions_new (article_id, kind, key, text, name, count)
	SELECT article_id, kind, key, text, MAX(name), COUNT(*) FROM mentions GROUP BY article_id, key, text;
DROP TABLE mentions;
ALTER TABLE mentions_new RENAME TO mentions;
CREATE INDEX mentions_key ON mentions(key);
