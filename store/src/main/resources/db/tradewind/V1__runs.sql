-- Tradewind run store, schema version 1. Portable SQL shared by SQLite and PostgreSQL; the only differences are the
-- identity column and the binary type, given by the ${identity} and ${blob} placeholders. Times are epoch nanoseconds
-- (UTC) in BIGINT columns named *_ns; JSON is stored as TEXT; a NaN price (no limit, no stop) is stored as NULL.

CREATE TABLE runs (
    id               ${identity},
    strategy         TEXT NOT NULL,
    strategy_sha256  TEXT,
    symbol           TEXT,
    data             TEXT,
    parameters       TEXT NOT NULL,
    config           TEXT,
    data_fingerprint TEXT,
    code_version     TEXT NOT NULL,
    started_ns       BIGINT NOT NULL,
    ended_ns         BIGINT,
    status           TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
    message          TEXT,
    statistics       TEXT,
    orders_hash      TEXT,
    bars             INTEGER,
    final_equity     DOUBLE PRECISION,
    total_return     DOUBLE PRECISION,
    sharpe           DOUBLE PRECISION,
    max_drawdown     DOUBLE PRECISION,
    trades           INTEGER,
    host             TEXT NOT NULL,
    pid              BIGINT NOT NULL,
    process_start_ns BIGINT
);
CREATE INDEX runs_started ON runs (started_ns);
CREATE INDEX runs_strategy ON runs (strategy, started_ns);
CREATE INDEX runs_status ON runs (status, started_ns);

CREATE TABLE orders (
    run_id          BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    order_id        BIGINT NOT NULL,
    time_ns         BIGINT NOT NULL,
    symbol          TEXT NOT NULL,
    side            TEXT NOT NULL,
    type            TEXT NOT NULL,
    quantity        DOUBLE PRECISION NOT NULL,
    limit_price     DOUBLE PRECISION,
    stop_price      DOUBLE PRECISION,
    tif             TEXT NOT NULL,
    expire_ns       BIGINT NOT NULL,
    trail           DOUBLE PRECISION,
    trail_unit      TEXT NOT NULL,
    reduce_only     BOOLEAN NOT NULL,
    post_only       BOOLEAN NOT NULL,
    parent_id       BIGINT NOT NULL,
    oco_id          BIGINT NOT NULL,
    tag             TEXT NOT NULL,
    status          TEXT NOT NULL,
    filled_quantity DOUBLE PRECISION NOT NULL,
    avg_fill_price  DOUBLE PRECISION,
    updated_ns      BIGINT NOT NULL,
    reason          TEXT NOT NULL,
    PRIMARY KEY (run_id, order_id)
);

-- Every order state change, in the order it happened. kind is the event type; status the order's status after it.
CREATE TABLE order_events (
    run_id   BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    order_id BIGINT NOT NULL,
    time_ns  BIGINT NOT NULL,
    kind     TEXT NOT NULL,
    status   TEXT NOT NULL,
    fill_id  BIGINT,
    quantity DOUBLE PRECISION,
    reason   TEXT,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE fills (
    run_id    BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    fill_id   BIGINT NOT NULL,
    order_id  BIGINT NOT NULL,
    time_ns   BIGINT NOT NULL,
    symbol    TEXT NOT NULL,
    side      TEXT NOT NULL,
    quantity  DOUBLE PRECISION NOT NULL,
    price     DOUBLE PRECISION NOT NULL,
    fee       DOUBLE PRECISION NOT NULL,
    liquidity TEXT NOT NULL,
    PRIMARY KEY (run_id, fill_id)
);

CREATE TABLE trades (
    run_id      BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    trade_id    BIGINT NOT NULL,
    symbol      TEXT NOT NULL,
    side        TEXT NOT NULL,
    quantity    DOUBLE PRECISION NOT NULL,
    entry_ns    BIGINT NOT NULL,
    entry_price DOUBLE PRECISION NOT NULL,
    exit_ns     BIGINT NOT NULL,
    exit_price  DOUBLE PRECISION NOT NULL,
    gross_pnl   DOUBLE PRECISION NOT NULL,
    costs       DOUBLE PRECISION NOT NULL,
    net_pnl     DOUBLE PRECISION NOT NULL,
    mae         DOUBLE PRECISION NOT NULL,
    mfe         DOUBLE PRECISION NOT NULL,
    bars_held   INTEGER NOT NULL,
    PRIMARY KEY (run_id, trade_id)
);

-- The account at each bar close, stored by columns in chunks of up to 16,384 bars: each BLOB holds one value per bar
-- as little-endian 8-byte numbers (time_ns as int64 epoch ns, the others as IEEE-754 doubles). A row per bar would
-- cost more than the backtest itself (see store/README.md); `tradewind runs export` writes it as equity.csv.
CREATE TABLE equity (
    run_id    BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    chunk     INTEGER NOT NULL,
    first_bar INTEGER NOT NULL,
    bars      INTEGER NOT NULL,
    time_ns   ${blob} NOT NULL,
    equity    ${blob} NOT NULL,
    cash      ${blob} NOT NULL,
    position  ${blob} NOT NULL,
    PRIMARY KEY (run_id, chunk)
);

CREATE TABLE logs (
    run_id  BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    time_ns BIGINT NOT NULL,
    level   TEXT NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- The registry: what a portfolio is made of, loadable from the database as well as from a file.
CREATE TABLE strategies (
    name       TEXT PRIMARY KEY,
    strategy   TEXT NOT NULL,
    symbol     TEXT NOT NULL,
    timeframe  TEXT,
    data       TEXT,
    enabled    BOOLEAN NOT NULL,
    weight     DOUBLE PRECISION NOT NULL CHECK (weight >= 0),
    parameters TEXT NOT NULL,
    updated_ns BIGINT NOT NULL
);

CREATE TABLE symbols (
    symbol     TEXT PRIMARY KEY,
    enabled    BOOLEAN NOT NULL,
    weight     DOUBLE PRECISION NOT NULL CHECK (weight >= 0),
    parameters TEXT NOT NULL,
    updated_ns BIGINT NOT NULL
);
