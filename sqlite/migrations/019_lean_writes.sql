-- Fewer index writes per stored article, for a faster writer (issue 13):
-- an article's mentions become one row, a JSON array of
-- [kind, key, text, name, count] in the order they were found, instead of
-- one row per distinct mention with its primary-key index and a key index
-- no query read (~20 rows and 60 b-tree writes per article before, 1
-- now). Mentions are only ever read whole, in the order they were stored
-- (entities, the names finder's known people), so nothing needs them
-- one by one. The quotes' language index goes too: a language holds most
-- of a store's quotes, so a listing by language reads them all either way.
CREATE TABLE mentions_new (
	article_id TEXT NOT NULL REFERENCES articles(id),
	entries    TEXT NOT NULL
);
INSERT INTO mentions_new (article_id, entries)
	SELECT article_id, json_group_array(json_array(kind, key, text, name, count) ORDER BY rowid)
	FROM mentions GROUP BY article_id ORDER BY MIN(rowid);
DROP TABLE mentions;
ALTER TABLE mentions_new RENAME TO mentions;
DROP INDEX quotes_language;
