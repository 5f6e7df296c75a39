-- Parameter sweeps (tradewind sweep): one row per sweep with what was searched and its overfitting statistics, and one
-- row per trial, every trial counted (the deflated Sharpe ratio depends on how many were tried). Same SQL on SQLite
-- and PostgreSQL apart from the identity placeholder.

CREATE TABLE sweeps (
    id              ${identity},
    strategy        TEXT NOT NULL,
    symbol          TEXT,
    data            TEXT,
    method          TEXT NOT NULL,
    objective       TEXT NOT NULL,
    space           TEXT NOT NULL,
    config          TEXT,
    code_version    TEXT NOT NULL,
    started_ns      BIGINT NOT NULL,
    ended_ns        BIGINT NOT NULL,
    trials          INTEGER NOT NULL,
    feasible        INTEGER NOT NULL,
    best_trial      INTEGER,
    best_objective  DOUBLE PRECISION,
    deflated_sharpe DOUBLE PRECISION,
    pbo             DOUBLE PRECISION,
    summary         TEXT NOT NULL
);
CREATE INDEX sweeps_started ON sweeps (started_ns);

CREATE TABLE sweep_trials (
    sweep_id   BIGINT NOT NULL REFERENCES sweeps (id) ON DELETE CASCADE,
    trial      INTEGER NOT NULL,
    parameters TEXT NOT NULL,
    objective  DOUBLE PRECISION,
    feasible   BOOLEAN NOT NULL,
    statistics TEXT NOT NULL,
    PRIMARY KEY (sweep_id, trial)
);
