package dev.tradewind.store;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.ExecutionNotes;
import dev.tradewind.model.Steps;
import java.util.function.UnaryOperator;

/**
 * For tests elsewhere (the store's test jar): rewrites a stored run's rows as a hand-edited store would hold them,
 * now that orders, fills, trades and signals are packed (V7) and cannot be edited with SQL. The run's own row
 * (status, statistics, hash) is left as it was.
 */
public final class StoredRows {
    private StoredRows() {}

    /** Reads run {@code id} of the store at {@code location}, applies {@code change} and stores the rows it returns. */
    public static void rewrite(String location, long id, UnaryOperator<BacktestResult> change) {
        try (RunStore store = RunStore.open(location)) {
            StoredRun run = store.get(id);
            StoredEquity e = store.equity(id);
            BacktestResult stored = new BacktestResult(run.params(), 0, store.orders(id), store.events(id), store.fills(id),
                    store.trades(id), e.time(), e.equity(), Steps.of(e.cash()), Steps.of(e.position()), null, 0, 0, 0, 0, store.logs(id),
                    store.signals(id), store.ledger(id), ExecutionNotes.NONE);
            BacktestResult changed = change.apply(stored);
            store.write("cannot rewrite run " + id, c -> {
                RunWriter.rows(c, id, changed);
                return null;
            });
        }
    }
}
