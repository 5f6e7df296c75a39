package dev.tradewind.store;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Clock;
import dev.tradewind.model.EquityCurve;
import dev.tradewind.model.ExecutionNotes;
import dev.tradewind.model.Fill;
import dev.tradewind.model.LedgerEntry;
import dev.tradewind.model.LogLine;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderTable;
import dev.tradewind.model.RunSink;
import dev.tradewind.model.Signal;
import dev.tradewind.model.Trade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records a run into the store while it goes (a paper or live run, which never ends by itself): it keeps what the run
 * streams and, at the end of a step once {@code everyNanos} have passed since the last write, stores it all as a
 * {@link Recording#checkpoint} in one transaction. So the run's orders are in the database seconds after they happen,
 * and a process killed at any moment leaves the run as of its last checkpoint, never half a checkpoint. The run's
 * thread does the writing; keep the interval at a second or more for long runs (each checkpoint rewrites the run).
 */
public final class StoreSink implements RunSink {
    private final Recording recording;
    private final Map<String, String> params;
    private final double startingCash;
    private final Clock clock;
    private final long everyNanos;
    private final OrderTable orders = new OrderTable();
    private final List<OrderEvent> events = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private final List<Trade> trades = new ArrayList<>();
    private final List<Signal> signals = new ArrayList<>();
    private final List<LedgerEntry> ledger = new ArrayList<>();
    private final List<LogLine> log = new ArrayList<>();
    private final EquityCurve curve = new EquityCurve(256);
    private long lastWrite = Long.MIN_VALUE;
    private int checkpoints;
    private boolean dirty;

    /** A sink writing to {@code recording} at most every {@code everyNanos} of {@code clock} (0: after every step). */
    public StoreSink(Recording recording, Map<String, String> params, double startingCash, Clock clock, long everyNanos) {
        this.recording = recording;
        this.params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params)); // in the order given
        this.startingCash = startingCash;
        this.clock = clock;
        this.everyNanos = everyNanos;
    }

    @Override public void order(Order order) { orders.add(order); dirty = true; }

    @Override
    public void event(OrderEvent event) {
        dirty = true;
        orders.apply(event);
        events.add(event);
        if (event instanceof OrderEvent.Filled f) fills.add(f.fill());
    }

    @Override public void trade(Trade trade) { trades.add(trade); dirty = true; }
    @Override public void signal(Signal signal) { signals.add(signal); dirty = true; }
    @Override public void ledger(LedgerEntry entry) { ledger.add(entry); dirty = true; }
    @Override public void log(LogLine line) { log.add(line); dirty = true; }

    @Override public void equity(long t, double e, double c, double p) { curve.add(t, e, c, p); dirty = true; }

    /** Writes a checkpoint when {@code everyNanos} have passed since the last and something came since (nothing new: no write). */
    @Override
    public void stepDone(long t) {
        long now = clock.nanos();
        if (!dirty || lastWrite != Long.MIN_VALUE && now - lastWrite < everyNanos) return;
        write();
        lastWrite = now;
    }

    @Override public void finished() { write(); }

    /** How many checkpoints were written. */
    public int checkpoints() { return checkpoints; }

    /** What the run produced so far, as the store writes it (scalars the rows do not hold are left at zero). */
    public BacktestResult snapshot() {
        double fees = 0;
        for (Fill f : fills) fees += f.fee();
        return new BacktestResult(params, 0, orders.records(), List.copyOf(events), List.copyOf(fills), List.copyOf(trades),
                curve.time(), curve.equity(), curve.cash().copy(), curve.position().copy(),
                null, startingCash, 0, 0, fees, List.copyOf(log), List.copyOf(signals), List.copyOf(ledger), ExecutionNotes.NONE);
    }

    private void write() {
        dirty = false;
        recording.checkpoint(snapshot());
        checkpoints++;
    }
}
