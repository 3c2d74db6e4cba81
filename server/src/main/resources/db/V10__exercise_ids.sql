-- Every logged set points at the exercise it is (issue 11): exercise_id holds a catalog exercise's id or the id of
-- one of the user's custom exercises (ExerciseIds), beside the name it was logged under (exercise). History,
-- records and progress are keyed by it, so "Bench Press (Barbell)" from an import and "Bench press" from a template
-- are one exercise with one history. The ids of the sets logged before are filled by ExerciseIdsUpgrade after this
-- script, in the same transaction (the catalog is the server's, not the database's): every name the catalog does
-- not know becomes a custom exercise first. exercise_bests is then made again from the sets, keyed by the id.
ALTER TABLE workout_sets ADD COLUMN exercise_id TEXT NOT NULL DEFAULT '';
DROP INDEX workout_sets_by_exercise;
DROP INDEX workout_sets_by_weight;
CREATE INDEX workout_sets_by_exercise ON workout_sets (user_id, exercise_id, kind, started_at, session_id, set_type,
    weight, reps, e1rm, duration_seconds, distance_meters, rpe);
CREATE INDEX workout_sets_by_weight ON workout_sets (user_id, exercise_id, kind, weight, started_at, set_type, reps);
-- Which id each logged name of each user gets, filled by ExerciseIdsUpgrade and dropped by it once used.
CREATE TABLE exercise_ids_upgrade (
    user_id     TEXT NOT NULL,
    exercise    TEXT NOT NULL COLLATE NOCASE,
    exercise_id TEXT NOT NULL,
    PRIMARY KEY (user_id, exercise)
);

DROP TABLE exercise_bests;
CREATE TABLE exercise_bests (
    user_id          TEXT    NOT NULL,
    exercise_id      TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    started_at       INTEGER NOT NULL,
    session_id       TEXT    NOT NULL,
    last_exercise    INTEGER NOT NULL,
    heaviest_weight  REAL,
    best_e1rm        REAL,
    best_set_volume  REAL,
    most_reps        INTEGER,
    least_assistance REAL,
    longest_duration INTEGER,
    longest_distance REAL,
    best_pace        REAL,
    heaviest_load    REAL,
    PRIMARY KEY (user_id, exercise_id, kind, started_at, session_id)
) WITHOUT ROWID;
CREATE INDEX exercise_bests_by_session ON exercise_bests (user_id, session_id);
CREATE INDEX exercise_bests_latest ON exercise_bests (user_id, exercise_id, started_at, last_exercise, kind);
