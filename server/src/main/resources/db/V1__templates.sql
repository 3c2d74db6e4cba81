-- Workout templates. The template document (DESIGN.md wire format, without its id) is kept whole in body;
-- position orders the user's list.
CREATE TABLE templates (
    id         TEXT    PRIMARY KEY,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX templates_by_position ON templates (position);
