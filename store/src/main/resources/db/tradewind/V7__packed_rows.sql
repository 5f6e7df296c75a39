-- A run's orders, fills, trades and signals as one row per table of packed columns instead of a row per item: at a
-- million bars a run has about 40,000 orders and fills, and their rows cost SQLite more than everything else the
-- command does after the backtest (bench/E2E.md). Runs recorded before V7 keep their rows in orders, fills, trades and
-- signals; a run has either rows there or one row here per table. Same SQL on SQLite and PostgreSQL.
--   table_name  orders, fills, trades or signals
--   row_count   how many rows
--   data        the columns, each its byte length (LEB128 varint) then its values (Columns.java): int64 series (ids,
--               times, counts, booleans 0/1) packed as Packed.XOR times (zigzagged delta of delta), doubles as Packed.XOR
--               doubles (every bit kept, NaN where the row tables have NULL), text as its distinct values (count, then
--               each as length and UTF-8 bytes) and an int64 series of each row's index into them. The columns, in
--               this order, are those of the row tables without run_id (and without seq for signals, whose rows are
--               in seq order):
--   orders      order_id, time_ns, symbol, side, type, quantity, limit_price, stop_price, tif, expire_ns, trail,
--               trail_unit, reduce_only, post_only, parent_id, oco_id, tag, status, filled_quantity, avg_fill_price,
--               updated_ns, reason (in order_id order)
--   fills       fill_id, order_id, time_ns, symbol, side, quantity, price, fee, liquidity (in fill_id order)
--   trades      trade_id, symbol, side, quantity, entry_ns, entry_price, exit_ns, exit_price, gross_pnl, costs,
--               net_pnl, mae, mfe, bars_held (in trade_id order)
--   signals     time_ns, order_id, side, quantity, price, outcome
CREATE TABLE packed_rows (
    run_id     BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    row_count  INTEGER NOT NULL,
    data       ${blob} NOT NULL,
    PRIMARY KEY (run_id, table_name)
);
