-- Flags weigh by trust (PostgreSQL): a young person's flag counts 1 while the account is new, 2 once
-- it is older, 3 if it also has a post in the forum that is not hidden; a counsellor's counts
-- enough to hide alone. A post is hidden when its unreviewed weight reaches 6, except a
-- counsellor's post, which only a counsellor hides. `queued` is 1 from the first flag until
-- a counsellor decides (hide or restore), so decided posts leave the moderation queue.
ALTER TABLE forum_posts ADD COLUMN flag_weight BIGINT NOT NULL DEFAULT 0;
ALTER TABLE forum_posts ADD COLUMN queued BIGINT NOT NULL DEFAULT 0;
UPDATE forum_posts SET flag_weight = 2 * flags, queued = CASE WHEN hidden = 1 OR flags > 0 THEN 1 ELSE 0 END;
DROP INDEX forum_posts_queue;
CREATE INDEX forum_posts_queue ON forum_posts (queued, flag_weight);
