-- History by kind: records, progress and last time filter on the kind and the set type and read the duration and
-- distance too, so the covering index carries them (the V4 index made those queries read the table).
DROP INDEX workout_sets_by_exercise;
CREATE INDEX workout_sets_by_exercise ON workout_sets (user_id, exercise, kind, started_at, session_id, set_type,
    weight, reps, e1rm, duration_seconds, distance_meters, rpe);
