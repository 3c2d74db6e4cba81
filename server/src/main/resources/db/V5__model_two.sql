-- Session model 2. Documents of schema 1 stay as they are and are upgraded on read (SchemaOneUpgrade); what
-- changes here is what the tables know about them.

-- Tombstones: a session ends logged ('finished'), discarded, or logged and then deleted. The release before this
-- one kept 'finished' for a deleted workout; a finished session without its workout was deleted.
CREATE TABLE ended_sessions_v5 (
    user_id    TEXT    NOT NULL,
    session_id TEXT    NOT NULL,
    reason     TEXT    NOT NULL CHECK (reason IN ('finished', 'discarded', 'deleted')),
    ended_at   INTEGER NOT NULL,
    PRIMARY KEY (user_id, session_id)
);
INSERT INTO ended_sessions_v5 (user_id, session_id, reason, ended_at)
SELECT e.user_id, e.session_id,
       CASE WHEN e.reason = 'finished' AND NOT EXISTS (SELECT 1 FROM workouts w WHERE w.user_id = e.user_id
            AND w.session_id = e.session_id) THEN 'deleted' ELSE e.reason END,
       e.ended_at
FROM ended_sessions e;
DROP TABLE ended_sessions;
ALTER TABLE ended_sessions_v5 RENAME TO ended_sessions;

-- What each set records by kind (README "What each kind records"). Schema-1 sets are weight x reps, normal.
ALTER TABLE workout_sets ADD COLUMN kind TEXT NOT NULL DEFAULT 'weight_reps';
ALTER TABLE workout_sets ADD COLUMN set_type TEXT NOT NULL DEFAULT 'normal';
ALTER TABLE workout_sets ADD COLUMN duration_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE workout_sets ADD COLUMN distance_meters REAL NOT NULL DEFAULT 0;
ALTER TABLE workout_sets ADD COLUMN rpe REAL NOT NULL DEFAULT 0;
