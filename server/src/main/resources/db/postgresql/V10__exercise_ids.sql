-- As the SQLite step V10 (see there): every logged set points at the exercise it is, by id.
ALTER TABLE workout_sets ADD COLUMN exercise_id TEXT COLLATE "C" NOT NULL DEFAULT '';
DROP INDEX workout_sets_by_exercise;
DROP INDEX workout_sets_by_weight;
CREATE INDEX workout_sets_by_exercise ON workout_sets (user_id, exercise_id, kind, started_at, session_id, set_type,
    weight, reps, e1rm, duration_seconds, distance_meters, rpe);
CREATE INDEX workout_sets_by_weight ON workout_sets (user_id, exercise_id, kind, weight, started_at, set_type, reps);
CREATE TABLE exercise_ids_upgrade (
    user_id     TEXT COLLATE "C"    NOT NULL,
    exercise    TEXT COLLATE nocase NOT NULL,
    exercise_id TEXT COLLATE "C"    NOT NULL,
    PRIMARY KEY (user_id, exercise)
);

DROP TABLE exercise_bests;
CREATE TABLE exercise_bests (
    user_id          TEXT COLLATE "C" NOT NULL,
    exercise_id      TEXT COLLATE "C" NOT NULL,
    kind             TEXT    NOT NULL,
    started_at       BIGINT  NOT NULL,
    session_id       TEXT COLLATE "C" NOT NULL,
    last_exercise    INTEGER NOT NULL,
    heaviest_weight  DOUBLE PRECISION,
    best_e1rm        DOUBLE PRECISION,
    best_set_volume  DOUBLE PRECISION,
    most_reps        INTEGER,
    least_assistance DOUBLE PRECISION,
    longest_duration INTEGER,
    longest_distance DOUBLE PRECISION,
    best_pace        DOUBLE PRECISION,
    heaviest_load    DOUBLE PRECISION,
    PRIMARY KEY (user_id, exercise_id, kind, started_at, session_id)
);
CREATE INDEX exercise_bests_by_session ON exercise_bests (user_id, session_id);
CREATE INDEX exercise_bests_latest ON exercise_bests (user_id, exercise_id, started_at, last_exercise, kind);
