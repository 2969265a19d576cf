-- Estimative judgements found in each article (package estimate).
CREATE TABLE judgements (
	article_id  TEXT NOT NULL REFERENCES articles(id),
	idx         INTEGER NOT NULL,
	cue         TEXT NOT NULL,
	band        TEXT NOT NULL DEFAULT '',
	value       REAL NOT NULL,
	holder      TEXT NOT NULL DEFAULT '',   -- canonical name; '' for the article's own voice
	holder_key  TEXT NOT NULL DEFAULT '',
	language    TEXT NOT NULL DEFAULT '',
	json        TEXT NOT NULL,              -- the whole kent.Judgement
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX judgements_holder_key ON judgements(holder_key);
