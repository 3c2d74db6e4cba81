-- The in-progress session draft (at most one), sessions that ended (so a late sync of one is answered 410),
-- and the log of finished workouts (one row per session id: logging is idempotent).
CREATE TABLE session_draft (
    slot       INTEGER PRIMARY KEY CHECK (slot = 1),
    session_id TEXT    NOT NULL,
    revision   INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    body       TEXT    NOT NULL
);

CREATE TABLE ended_sessions (
    session_id TEXT    PRIMARY KEY,
    reason     TEXT    NOT NULL CHECK (reason IN ('finished', 'discarded')),
    ended_at   INTEGER NOT NULL
);

CREATE TABLE workouts (
    session_id       TEXT    PRIMARY KEY,
    template_id      TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    started_at       INTEGER NOT NULL,
    finished_at      INTEGER NOT NULL,
    duration_seconds INTEGER NOT NULL,
    sets_done        INTEGER NOT NULL,
    volume_kg        REAL    NOT NULL,
    body             TEXT    NOT NULL,
    logged_at        INTEGER NOT NULL
);
CREATE INDEX workouts_newest_first ON workouts (started_at DESC);
