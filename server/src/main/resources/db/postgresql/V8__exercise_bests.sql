-- One row per workout and exercise (name without case, and kind): the best of each measure over its done sets,
-- warm-ups left out, so records before a workout and a progress series read one row per earlier workout instead
-- of every earlier set. ExerciseBests keeps it with workout_sets in the same transaction; the aggregates below are
-- RecordColumns' (a test compares this fill with what the server writes). NULL: no set counted for that measure.
CREATE TABLE exercise_bests (
    user_id          TEXT COLLATE "C" NOT NULL,
    exercise         TEXT COLLATE nocase NOT NULL,
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
    PRIMARY KEY (user_id, exercise, kind, started_at, session_id)
);
CREATE INDEX exercise_bests_by_session ON exercise_bests (user_id, session_id);
CREATE INDEX exercise_bests_latest ON exercise_bests (user_id, exercise, started_at, last_exercise, kind);

INSERT INTO exercise_bests (user_id, exercise, kind, started_at, session_id, last_exercise, heaviest_weight,
    best_e1rm, best_set_volume, most_reps, least_assistance, longest_duration, longest_distance, best_pace,
    heaviest_load)
SELECT user_id, MIN(exercise), kind, MIN(started_at), session_id, MAX(exercise_index),
    MAX(CASE WHEN set_type <> 'warmup' AND reps > 0 AND weight > 0 THEN weight END),
    MAX(CASE WHEN set_type <> 'warmup' AND reps > 0 AND weight > 0 THEN e1rm END),
    MAX(CASE WHEN set_type <> 'warmup' AND reps > 0 AND weight > 0 THEN reps * weight END),
    MAX(CASE WHEN set_type <> 'warmup' AND reps > 0 THEN reps END),
    MIN(CASE WHEN set_type <> 'warmup' AND reps > 0 THEN weight END),
    MAX(CASE WHEN set_type <> 'warmup' AND duration_seconds > 0 THEN duration_seconds END),
    MAX(CASE WHEN set_type <> 'warmup' AND distance_meters > 0 THEN distance_meters END),
    MIN(CASE WHEN set_type <> 'warmup' AND distance_meters > 0 AND duration_seconds > 0
        THEN duration_seconds * 1000.0 / distance_meters END),
    MAX(CASE WHEN set_type <> 'warmup' AND weight > 0 THEN weight END)
FROM workout_sets GROUP BY user_id, session_id, exercise, kind;

-- Most reps at a weight or heavier: a range of weights of one exercise, not every earlier set.
CREATE INDEX workout_sets_by_weight ON workout_sets (user_id, exercise, kind, weight, started_at, set_type, reps);
-- Weekly volume reads start time and volume only; without this it reads every workout's row beside its document.
CREATE INDEX workouts_volume_by_time ON workouts (user_id, started_at, volume_kg);
