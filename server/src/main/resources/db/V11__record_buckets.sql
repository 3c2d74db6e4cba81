-- What a workout's records have to beat, pre-aggregated by stretch of time (issue 14), so a summary reads a few
-- dozen rows whatever the length of the history (RecordBuckets). A stretch is [starts_at, starts_at + span) with
-- starts_at a multiple of span; two spans, each a multiple of the one below. record_buckets holds the best of each
-- exercise_bests measure over the stretch; rep_buckets the sets that could answer "most reps at this weight or
-- heavier" there: per weight the most reps, only where no heavier weight had as many. Both are filled by
-- RecordBuckets after this script, in the same transaction, and kept in the transactions that write the sets.
CREATE TABLE record_buckets (
    user_id          TEXT    NOT NULL,
    exercise_id      TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    span             INTEGER NOT NULL,
    starts_at        INTEGER NOT NULL,
    heaviest_weight  REAL,
    best_e1rm        REAL,
    best_set_volume  REAL,
    most_reps        INTEGER,
    least_assistance REAL,
    longest_duration INTEGER,
    longest_distance REAL,
    best_pace        REAL,
    heaviest_load    REAL,
    PRIMARY KEY (user_id, exercise_id, kind, span, starts_at)
) WITHOUT ROWID;
CREATE TABLE rep_buckets (
    user_id     TEXT    NOT NULL,
    exercise_id TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    span        INTEGER NOT NULL,
    starts_at   INTEGER NOT NULL,
    weight      REAL    NOT NULL,
    reps        INTEGER NOT NULL,
    PRIMARY KEY (user_id, exercise_id, kind, span, starts_at, weight)
) WITHOUT ROWID;
