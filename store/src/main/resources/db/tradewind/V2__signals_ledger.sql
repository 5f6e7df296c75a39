-- Every entry a strategy asked for (sent or refused, with the reason) and the cash movements that are not fills
-- (funding, borrow and liquidation fees). Same SQL on SQLite and PostgreSQL.

CREATE TABLE signals (
    run_id    BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    time_ns   BIGINT NOT NULL,
    order_id  BIGINT NOT NULL,
    side      TEXT NOT NULL,
    quantity  DOUBLE PRECISION NOT NULL,
    price     DOUBLE PRECISION,
    outcome   TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE ledger (
    run_id    BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    time_ns   BIGINT NOT NULL,
    kind      TEXT NOT NULL,
    amount    DOUBLE PRECISION NOT NULL,
    note      TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);
