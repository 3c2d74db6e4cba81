-- Accounts. Every row of user data now belongs to one user; rows from before accounts carry user_id '' until the
-- owner account is created, which adopts them.
CREATE TABLE users (
    id            TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('owner', 'member')),
    created_at    INTEGER NOT NULL
);

-- Signed-in browsers. Only a hash of each token is kept, so a copy of the file signs nobody in.
CREATE TABLE auth_sessions (
    token_hash TEXT    PRIMARY KEY,
    user_id    TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX auth_sessions_by_user ON auth_sessions (user_id);

ALTER TABLE templates ADD COLUMN user_id TEXT NOT NULL DEFAULT '';
CREATE INDEX templates_by_user ON templates (user_id, position);

CREATE TABLE session_draft_by_user (
    user_id    TEXT    PRIMARY KEY,
    session_id TEXT    NOT NULL,
    revision   INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    body       TEXT    NOT NULL
);
INSERT INTO session_draft_by_user SELECT '', session_id, revision, updated_at, body FROM session_draft;
DROP TABLE session_draft;
ALTER TABLE session_draft_by_user RENAME TO session_draft;

CREATE TABLE ended_sessions_by_user (
    user_id    TEXT    NOT NULL,
    session_id TEXT    NOT NULL,
    reason     TEXT    NOT NULL CHECK (reason IN ('finished', 'discarded')),
    ended_at   INTEGER NOT NULL,
    PRIMARY KEY (user_id, session_id)
);
INSERT INTO ended_sessions_by_user SELECT '', session_id, reason, ended_at FROM ended_sessions;
DROP TABLE ended_sessions;
ALTER TABLE ended_sessions_by_user RENAME TO ended_sessions;

CREATE TABLE workouts_by_user (
    user_id          TEXT    NOT NULL,
    session_id       TEXT    NOT NULL,
    template_id      TEXT    NOT NULL,
    name             TEXT    NOT NULL,
    started_at       INTEGER NOT NULL,
    finished_at      INTEGER NOT NULL,
    duration_seconds INTEGER NOT NULL,
    sets_done        INTEGER NOT NULL,
    volume_kg        REAL    NOT NULL,
    body             TEXT    NOT NULL,
    logged_at        INTEGER NOT NULL,
    PRIMARY KEY (user_id, session_id)
);
INSERT INTO workouts_by_user SELECT '', session_id, template_id, name, started_at, finished_at, duration_seconds,
    sets_done, volume_kg, body, logged_at FROM workouts;
DROP TABLE workouts;
ALTER TABLE workouts_by_user RENAME TO workouts;
CREATE INDEX workouts_newest_first ON workouts (user_id, started_at DESC);
