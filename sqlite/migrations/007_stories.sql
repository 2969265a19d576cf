-- Stories are assigned as articles are stored (package story), so listing
-- them is a query. seq is the article's rowid in articles: its ingest
-- position. story_state says how far assignment has got (every article up
-- to upto has a story) and keeps a snapshot of the clusterer, so a new
-- process goes on from it instead of re-clustering the store. Existing
-- stores are backfilled by the first `kent stories`.
CREATE TABLE story_members (
	seq        INTEGER PRIMARY KEY,
	article_id TEXT NOT NULL UNIQUE,
	story      INTEGER NOT NULL
);
CREATE INDEX story_members_story ON story_members(story, seq);

CREATE TABLE story_state (
	id            INTEGER PRIMARY KEY CHECK (id = 1),
	upto          INTEGER NOT NULL,
	snapshot      BLOB,
	snapshot_upto INTEGER NOT NULL
);
INSERT INTO story_state VALUES (1, 0, NULL, 0);
