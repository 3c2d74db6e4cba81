-- Every done set of every logged workout, one row each, so history, records and progress are answered by indexed
-- queries instead of reading every workout document. Filled from the logged documents on upgrade.
CREATE TABLE workout_sets (
    user_id        TEXT    NOT NULL,
    session_id     TEXT    NOT NULL,
    started_at     INTEGER NOT NULL,
    exercise_index INTEGER NOT NULL,
    exercise       TEXT    NOT NULL COLLATE NOCASE,
    set_index      INTEGER NOT NULL,
    reps           INTEGER NOT NULL,
    weight         REAL    NOT NULL,
    -- Epley's estimate, computed by the shared model when the set is logged (one formula for both sides).
    e1rm           REAL    NOT NULL,
    PRIMARY KEY (user_id, session_id, exercise_index, set_index)
);
-- Covering for the history queries (records, progress, last time): they never touch the table itself.
CREATE INDEX workout_sets_by_exercise ON workout_sets (user_id, exercise, started_at, session_id, weight, reps,
    e1rm);

-- The upgrade runs in SQL, so Epley is spelled out here once; every set logged later gets it from the shared model.
INSERT INTO workout_sets (user_id, session_id, started_at, exercise_index, exercise, set_index, reps, weight, e1rm)
SELECT w.user_id, w.session_id, w.started_at, e.key, json_extract(e.value, '$.name'), s.key,
       json_extract(s.value, '$.reps'), json_extract(s.value, '$.weight'),
       CASE WHEN json_extract(s.value, '$.reps') <= 0 OR json_extract(s.value, '$.weight') <= 0 THEN 0
            WHEN json_extract(s.value, '$.reps') = 1 THEN json_extract(s.value, '$.weight')
            ELSE json_extract(s.value, '$.weight') * (1 + json_extract(s.value, '$.reps') / 30.0) END
FROM workouts w, json_each(w.body, '$.exercises') e, json_each(e.value, '$.sets') s
WHERE json_extract(s.value, '$.done') = 1;
