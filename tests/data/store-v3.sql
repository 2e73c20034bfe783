-- A database as schema version 3 left it (tickets, clerks and the epoch, but no
-- dossiers yet): the version 2 data plus its epoch. Kept verbatim to test the
-- forward migrations; never edit it to follow newer schemas.
CREATE TABLE events (
    seq          INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    business_day TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    ticket_id    INTEGER,
    counter      INTEGER,
    actor        TEXT    NOT NULL DEFAULT '',
    payload      TEXT    NOT NULL
);
CREATE INDEX events_by_type ON events (type, seq);
CREATE INDEX events_by_ticket ON events (ticket_id);
CREATE TABLE tickets (
    id             INTEGER PRIMARY KEY,
    business_day   TEXT    NOT NULL,
    service        TEXT    NOT NULL,
    number         INTEGER NOT NULL,
    label          TEXT    NOT NULL,
    priority_group TEXT    NOT NULL DEFAULT '',
    token          TEXT    NOT NULL,
    origin         TEXT    NOT NULL DEFAULT '',
    state          TEXT    NOT NULL,
    issued_at      INTEGER NOT NULL,
    queued_at      INTEGER NOT NULL,
    called_at      INTEGER NOT NULL DEFAULT 0,
    started_at     INTEGER NOT NULL DEFAULT 0,
    finished_at    INTEGER NOT NULL DEFAULT 0,
    counter        INTEGER NOT NULL DEFAULT 0,
    clerk          TEXT    NOT NULL DEFAULT '',
    recall_count   INTEGER NOT NULL DEFAULT 0,
    target_counter INTEGER NOT NULL DEFAULT 0,
    at_head        INTEGER NOT NULL DEFAULT 0,
    transfer_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (business_day, label)
);
CREATE UNIQUE INDEX tickets_by_token ON tickets (token);
CREATE TABLE counters (
    number         INTEGER PRIMARY KEY,
    status         TEXT    NOT NULL,
    reason         TEXT    NOT NULL DEFAULT '',
    clerk          TEXT    NOT NULL DEFAULT '',
    current_ticket INTEGER NOT NULL DEFAULT 0,
    priority_run   INTEGER NOT NULL DEFAULT 0,
    since          INTEGER NOT NULL DEFAULT 0
);
INSERT INTO events VALUES (1, 1795651200000, '2026-11-26', 'day.started', NULL, NULL, 'system',
  '{"actor":"system","at":1795651200000,"day":"2026-11-26","event":"day.started","last_ticket_id":41}');
INSERT INTO events VALUES (2, 1795654800000, '2026-11-26', 'counter.opened', NULL, 1, 'lan.nguyen',
  '{"actor":"lan.nguyen","at":1795654800000,"counter":{"clerk":"lan.nguyen","current":0,"number":1,"priority_run":0,"reason":"","since":1795654800000,"status":"open"},"day":"2026-11-26","event":"counter.opened"}');
INSERT INTO events VALUES (3, 1795655100000, '2026-11-26', 'ticket.issued', 42, NULL, 'kiosk-1',
  '{"actor":"kiosk-1","at":1795655100000,"day":"2026-11-26","estimate":{"ahead":0,"open_counters":1,"seconds":0},"event":"ticket.issued","ticket":{"at_head":false,"called_at":0,"clerk":"","counter":0,"day":"2026-11-26","finished_at":0,"id":42,"issued_at":1795655100000,"label":"1001","number":1001,"origin":"kiosk-1","priority":"elderly","queued_at":1795655100000,"recalls":0,"service":"land","started_at":0,"state":"waiting","target_counter":0,"token":"V1TOKEN000000001","transfers":0}}');
INSERT INTO tickets (id, business_day, service, number, label, priority_group, token, origin, state, issued_at, queued_at)
  VALUES (42, '2026-11-26', 'land', 1001, '1001', 'elderly', 'V1TOKEN000000001', 'kiosk-1', 'waiting', 1795655100000, 1795655100000);
INSERT INTO counters VALUES (1, 'open', '', 'lan.nguyen', 0, 0, 1795654800000);
CREATE TABLE clerks (
    username        TEXT    PRIMARY KEY,
    display_name    TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('clerk', 'supervisor')),
    pin_hash        BLOB    NOT NULL,
    pin_salt        BLOB    NOT NULL,
    pin_iterations  INTEGER NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    INTEGER NOT NULL DEFAULT 0,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL
);
INSERT INTO clerks VALUES ('lan.nguyen', 'Nguyễn Thị Lan', 'clerk', x'00', x'00', 1, 2, 0, 1, 1795651200000);
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('epoch', '5ee3c0a1d2b4f607');
PRAGMA user_version = 3;
