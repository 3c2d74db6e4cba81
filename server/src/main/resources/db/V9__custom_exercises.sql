-- Exercises a user added beside the built-in catalog (issue 11). name_key is the name as names are compared
-- (Names.normalize: no case, punctuation or extra spaces), so one user cannot have two "Push-Up"s; a name like a
-- catalog exercise's is refused by the server, which knows the catalog. Logged sets still name their exercise.
CREATE TABLE custom_exercises (
    id         TEXT    NOT NULL PRIMARY KEY,
    user_id    TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    name_key   TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    muscle     TEXT    NOT NULL,
    equipment  TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (user_id, name_key)
);
