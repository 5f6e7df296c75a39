/**
 * The run store: every backtest remembered in SQLite (the default, one file) or PostgreSQL (the same schema, for
 * teams), migrated with Flyway. {@link dev.tradewind.store.RunStore#begin} records a run as running before it starts;
 * {@link dev.tradewind.store.Recording#complete} writes its orders, order events, fills, trades, equity and log in one
 * batched transaction. Readers see a running run whose process is gone as incomplete. See store/README.md.
 */
package dev.tradewind.store;
