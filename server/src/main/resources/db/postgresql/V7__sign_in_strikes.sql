-- Failed sign-ins by address, account name and device cookie (LoginLimiter), shared by every server of this
-- database. Rows older than an hour are purged. As the SQLite step V7.
CREATE TABLE sign_in_strikes (
    scope    TEXT COLLATE "C" NOT NULL CHECK (scope IN ('address', 'account', 'device')),
    subject  TEXT COLLATE "C" NOT NULL,
    failures INTEGER          NOT NULL,
    last_at  BIGINT           NOT NULL,
    PRIMARY KEY (scope, subject)
);
CREATE INDEX sign_in_strikes_by_time ON sign_in_strikes (last_at);
