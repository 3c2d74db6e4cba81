-- The whole schema of version 6 (the SQLite steps V1 to V6 together), for PostgreSQL. Ids and session ids sort
-- and compare byte by byte (COLLATE "C"), as in SQLite, so the history cursor orders them the same way on both.
-- Names compare without case, as SQLite's NOCASE does (ICU, so beyond ASCII too).
CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE TABLE templates (
    id         TEXT COLLATE "C" PRIMARY KEY,
    user_id    TEXT COLLATE "C" NOT NULL DEFAULT '',
    position   INTEGER          NOT NULL,
    name       TEXT             NOT NULL,
    body       TEXT             NOT NULL,
    created_at BIGINT           NOT NULL,
    updated_at BIGINT           NOT NULL
);
CREATE INDEX templates_by_position ON templates (position);
CREATE INDEX templates_by_user ON templates (user_id, position);

CREATE TABLE users (
    id            TEXT COLLATE "C"    PRIMARY KEY,
    name          TEXT COLLATE nocase NOT NULL UNIQUE,
    password_hash TEXT                NOT NULL,
    role          TEXT                NOT NULL CHECK (role IN ('owner', 'member')),
    created_at    BIGINT              NOT NULL
);

CREATE TABLE auth_sessions (
    token_hash TEXT COLLATE "C" PRIMARY KEY,
    user_id    TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT           NOT NULL,
    expires_at BIGINT           NOT NULL
);
CREATE INDEX auth_sessions_by_user ON auth_sessions (user_id);

CREATE TABLE session_draft (
    user_id    TEXT COLLATE "C" PRIMARY KEY,
    session_id TEXT COLLATE "C" NOT NULL,
    revision   BIGINT           NOT NULL,
    updated_at BIGINT           NOT NULL,
    body       TEXT             NOT NULL
);

CREATE TABLE ended_sessions (
    user_id    TEXT COLLATE "C" NOT NULL,
    session_id TEXT COLLATE "C" NOT NULL,
    reason     TEXT             NOT NULL CHECK (reason IN ('finished', 'discarded', 'deleted')),
    ended_at   BIGINT           NOT NULL,
    PRIMARY KEY (user_id, session_id)
);

CREATE TABLE workouts (
    user_id          TEXT COLLATE "C" NOT NULL,
    session_id       TEXT COLLATE "C" NOT NULL,
    template_id      TEXT             NOT NULL,
    name             TEXT             NOT NULL,
    started_at       BIGINT           NOT NULL,
    finished_at      BIGINT           NOT NULL,
    duration_seconds BIGINT           NOT NULL,
    sets_done        INTEGER          NOT NULL,
    volume_kg        DOUBLE PRECISION NOT NULL,
    body             TEXT             NOT NULL,
    logged_at        BIGINT           NOT NULL,
    PRIMARY KEY (user_id, session_id)
);
CREATE INDEX workouts_newest_first ON workouts (user_id, started_at DESC);

CREATE TABLE workout_sets (
    user_id          TEXT COLLATE "C"    NOT NULL,
    session_id       TEXT COLLATE "C"    NOT NULL,
    started_at       BIGINT              NOT NULL,
    exercise_index   INTEGER             NOT NULL,
    exercise         TEXT COLLATE nocase NOT NULL,
    set_index        INTEGER             NOT NULL,
    reps             INTEGER             NOT NULL,
    weight           DOUBLE PRECISION    NOT NULL,
    e1rm             DOUBLE PRECISION    NOT NULL,
    kind             TEXT                NOT NULL DEFAULT 'weight_reps',
    set_type         TEXT                NOT NULL DEFAULT 'normal',
    duration_seconds INTEGER             NOT NULL DEFAULT 0,
    distance_meters  DOUBLE PRECISION    NOT NULL DEFAULT 0,
    rpe              DOUBLE PRECISION    NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, session_id, exercise_index, set_index)
);
-- Covering for the history queries by kind (records, progress, last time), as the SQLite index of V6.
CREATE INDEX workout_sets_by_exercise ON workout_sets (user_id, exercise, kind, started_at, session_id, set_type,
    weight, reps, e1rm, duration_seconds, distance_meters, rpe);
