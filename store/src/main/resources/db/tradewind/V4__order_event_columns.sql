-- A run's order events as one row of columns instead of a row per event (a row per event cost more to write than all
-- the rest of a run but the equity curve). Runs recorded before V4 keep their rows in order_events; a run has either
-- rows there or one row here. Same SQL on SQLite and PostgreSQL.
--   events    how many
--   order_id  the events' order ids, time_ns their times: int64 series packed as Packed.XOR (delta of delta, zigzag)
--   kind      the kinds, comma-separated, in order (ACCEPTED,FILLED,...); status the order's status after each
--   fill_id   int64 series as above, 0 where the event is not a FILLED one
--   quantity  doubles packed as Packed.XOR: remaining after a fill, new quantity after an update, NaN otherwise
--   reason    JSON array of the REJECTED events' reasons, in order
CREATE TABLE order_event_columns (
    run_id   BIGINT NOT NULL PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    events   INTEGER NOT NULL,
    order_id ${blob} NOT NULL,
    time_ns  ${blob} NOT NULL,
    kind     TEXT NOT NULL,
    status   TEXT NOT NULL,
    fill_id  ${blob} NOT NULL,
    quantity ${blob} NOT NULL,
    reason   TEXT NOT NULL
);
