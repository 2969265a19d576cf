-- What a listing of judgements cites of each article (title, outlet,
-- author, time, language, source, text hash, URL, and the text's first
-- kent.LeadChars + 1 characters, from which its lead is cut), in a small
-- table of its own, clustered by id (issue 13: a brief over 100,000
-- stored articles). Read from the articles table, each article a brief
-- cites cost two b-tree descents (the id's index, then the row) and the
-- first overflow page of its row: SQLite keeps only about 1.3 KB of a
-- 5 KB row on the row's own page, and the text runs past that. Here it is
-- one descent to a row of about 600 bytes. Articles are never changed
-- once stored, so the copy stays true; Put writes it with the article.
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
INSERT INTO article_facts (id, title, outlet, author, published, language, source, text_hash, url, head)
	SELECT id, title, outlet, author, published, language, source, text_hash, url, substr(text, 1, 401)
	FROM articles ORDER BY id;
