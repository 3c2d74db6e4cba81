-- Failed sign-ins by address, account name and device cookie (LoginLimiter), kept here rather than in the
-- server's memory so that every server of one database sees the same guesses. Rows older than an hour are purged.
CREATE TABLE sign_in_strikes (
    scope    TEXT    NOT NULL CHECK (scope IN ('address', 'account', 'device')),
    subject  TEXT    NOT NULL,
    failures INTEGER NOT NULL,
    last_at  INTEGER NOT NULL,
    PRIMARY KEY (scope, subject)
);
CREATE INDEX sign_in_strikes_by_time ON sign_in_strikes (last_at);
