-- The forum (PostgreSQL): seeded categories, threads with a language tag, posts, reactions and
-- flags. Times are whole seconds since the Unix epoch (UTC); flags are 0/1.
--
-- Deleting an account keeps its threads and posts for the sake of the threads but sets their
-- author to NULL ("deleted user"); its reactions and flags go with it.
CREATE TABLE forum_categories (
    code     TEXT    PRIMARY KEY,
    position BIGINT  NOT NULL
);

INSERT INTO forum_categories (code, position) VALUES
    ('work', 1), ('training', 2), ('school', 3), ('residence', 4), ('language', 5),
    ('housing', 6), ('everyday_life', 7);

CREATE TABLE forum_threads (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category     TEXT    NOT NULL REFERENCES forum_categories (code),
    title        TEXT    NOT NULL,
    language     TEXT    NOT NULL,
    author_id    BIGINT  REFERENCES accounts (id) ON DELETE SET NULL,
    created_at   BIGINT  NOT NULL,
    last_post_at BIGINT  NOT NULL,
    post_count   BIGINT  NOT NULL DEFAULT 0,
    locked       BIGINT  NOT NULL DEFAULT 0,
    pinned       BIGINT  NOT NULL DEFAULT 0
);

CREATE INDEX forum_threads_listing ON forum_threads (pinned, last_post_at, id);
CREATE INDEX forum_threads_category ON forum_threads (category, pinned, last_post_at);
CREATE INDEX forum_threads_author ON forum_threads (author_id, created_at);

CREATE TABLE forum_posts (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    thread_id  BIGINT  NOT NULL REFERENCES forum_threads (id) ON DELETE CASCADE,
    author_id  BIGINT  REFERENCES accounts (id) ON DELETE SET NULL,
    body       TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    hidden     BIGINT  NOT NULL DEFAULT 0, -- by three flags or by a counsellor
    flags      BIGINT  NOT NULL DEFAULT 0  -- flags not yet reviewed by a counsellor
);

CREATE INDEX forum_posts_thread ON forum_posts (thread_id, id);
CREATE INDEX forum_posts_author ON forum_posts (author_id);
CREATE INDEX forum_posts_queue ON forum_posts (hidden, flags);

CREATE TABLE forum_reactions (
    post_id    BIGINT  NOT NULL REFERENCES forum_posts (id) ON DELETE CASCADE,
    account_id BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('thanks', 'helpful', 'same_question')),
    PRIMARY KEY (post_id, account_id, kind)
);

CREATE INDEX forum_reactions_account ON forum_reactions (account_id);

-- One flag per account and post, ever: a restore marks them reviewed but keeps them.
CREATE TABLE forum_flags (
    post_id    BIGINT  NOT NULL REFERENCES forum_posts (id) ON DELETE CASCADE,
    account_id BIGINT  NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at BIGINT  NOT NULL,
    reviewed   BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (post_id, account_id)
);

CREATE INDEX forum_flags_account ON forum_flags (account_id);
