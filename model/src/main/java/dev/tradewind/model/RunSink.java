package dev.tradewind.model;

/**
 * Receives a run's results as they happen, on the run's thread: every order it creates, every order event (fills
 * included), closed trades, an equity point per bar close, entry signals, ledger entries and log lines. The in-memory
 * result, the run store (in batches), the console and a cluster collector are sinks; a paper run, which never ends,
 * is only ever seen through them. Methods must return quickly; a sink that writes elsewhere batches.
 */
public interface RunSink {
    /** An order the run created (before the execution side answers). */
    default void order(Order order) {}

    /** An order's state changed (accepted, filled, canceled, ...). */
    default void event(OrderEvent event) {}

    /** A round trip closed. */
    default void trade(Trade trade) {}

    /** The account at a bar's close. */
    default void equity(long time, double equity, double cash, double position) {}

    /** An entry the strategy asked for, sent or refused. */
    default void signal(Signal signal) {}

    /** A cash movement that is not a fill (funding, borrow, liquidation). */
    default void ledger(LedgerEntry entry) {}

    /** A line the strategy logged. */
    default void log(LogLine line) {}

    /** A step of the run is complete: a batching sink may write what it holds. */
    default void stepDone(long time) {}

    /** The run ended (data ended, or it was stopped): write everything left. */
    default void finished() {}

    /** A sink that drops everything. */
    RunSink NONE = new RunSink() {};
}
