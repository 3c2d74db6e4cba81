-- As the SQLite step V11 (see there): records' bests pre-aggregated by stretch of time.
CREATE TABLE record_buckets (
    user_id          TEXT COLLATE "C" NOT NULL,
    exercise_id      TEXT COLLATE "C" NOT NULL,
    kind             TEXT    NOT NULL,
    span             BIGINT  NOT NULL,
    starts_at        BIGINT  NOT NULL,
    heaviest_weight  DOUBLE PRECISION,
    best_e1rm        DOUBLE PRECISION,
    best_set_volume  DOUBLE PRECISION,
    most_reps        INTEGER,
    least_assistance DOUBLE PRECISION,
    longest_duration INTEGER,
    longest_distance DOUBLE PRECISION,
    best_pace        DOUBLE PRECISION,
    heaviest_load    DOUBLE PRECISION,
    PRIMARY KEY (user_id, exercise_id, kind, span, starts_at)
);
CREATE TABLE rep_buckets (
    user_id     TEXT COLLATE "C" NOT NULL,
    exercise_id TEXT COLLATE "C" NOT NULL,
    kind        TEXT    NOT NULL,
    span        BIGINT  NOT NULL,
    starts_at   BIGINT  NOT NULL,
    weight      DOUBLE PRECISION NOT NULL,
    reps        INTEGER NOT NULL,
    PRIMARY KEY (user_id, exercise_id, kind, span, starts_at, weight)
);
