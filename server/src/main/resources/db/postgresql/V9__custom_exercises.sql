-- Exercises a user added beside the built-in catalog (issue 11). As the SQLite step V9.
CREATE TABLE custom_exercises (
    id         TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    user_id    TEXT COLLATE "C" NOT NULL,
    name       TEXT             NOT NULL,
    name_key   TEXT COLLATE "C" NOT NULL,
    kind       TEXT             NOT NULL,
    muscle     TEXT             NOT NULL,
    equipment  TEXT             NOT NULL,
    created_at BIGINT           NOT NULL,
    UNIQUE (user_id, name_key)
);
