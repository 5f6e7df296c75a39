package dev.tradewind.engine;


import dev.tradewind.model.Clock;

import dev.tradewind.indicators.IndicatorRegistry;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.LogLine;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.RunSink;
import dev.tradewind.strategy.Strategy;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The driver of runs fed by events that arrive one at a time, forever (paper and live trading, a cluster operator):
 * other threads {@link #offer} typed {@link Inbound} events; one thread runs {@link #run}, taking them in order and
 * handing them to the same {@link Kernel} a backtest uses. Between events it advances the kernel with its
 * {@link Clock} every tick, so orders expire and funding is booked on time when no bar comes. Results stream to the
 * run's {@link RunSink} as they happen; {@link #run} returns the whole result once a {@link Inbound.Stop} arrives.
 *
 * <p>Made by {@link Engine#paper} (execution simulated against the bars) or {@link Engine#live} (an exchange adapter:
 * its order events are queued here and reach the strategy on the loop's thread, never the
 * adapter's. Higher timeframes ({@link Engine#withStreamedTimeframes}) are aggregated from the bars as they come; each
 * higher bar closes when its period ends, with the bar that ends it or by the clock.
 */
public final class EventLoop {
    private final BlockingQueue<Inbound> queue = new LinkedBlockingQueue<>();
    private final Clock clock;
    private final long tickNanos;
    private final Single one;
    private long lastInit = Long.MIN_VALUE;
    private final java.util.concurrent.atomic.AtomicLong offered = new java.util.concurrent.atomic.AtomicLong();
    private volatile long handled;

    EventLoop(EngineConfig config, IndicatorRegistry indicators, Strategy strategy, Map<String, String> params,
            ExecutionClient exchange, TimeframeSource timeframes, Clock clock, long tickNanos, RunSink sink, java.util.function.Consumer<LogLine> console,
            dev.tradewind.engine.options.OptionSettings options) {
        this.clock = clock;
        this.tickNanos = tickNanos;
        this.one = new Single(config, indicators, null, strategy, params, exchange == null ? null : new Queued(exchange), timeframes,
                1024, null, sink, console, null);
        if (options != null) one.run.optionsWith(options, one.venue);
    }

    /** Queues an event; safe from any thread. */
    public void offer(Inbound event) {
        offered.incrementAndGet();
        queue.add(event);
    }

    /**
     * Whether every event offered so far has been handled (and whatever the strategy did on them has been sent on):
     * a driver that must interleave its own events with the kernel's decisions (a live run replaying its journal)
     * waits for this between bars.
     */
    public boolean idle() { return handled == offered.get(); }

    /** The time the newest event entered the queue's consumer (its {@code tsInit}), or Long.MIN_VALUE. */
    public long lastInit() { return lastInit; }

    /**
     * After {@link #run} (a probe stopped before any bar): the bars of {@code barNanos} a run needs before its first
     * call to onBar, with the periods of its higher timeframes counted in such bars.
     */
    public int warmupBars(long barNanos) { return one.run.warmupBars(barNanos); }

    /** Takes events until a {@link Inbound.Stop}, then returns what the run did. Blocks the calling thread. */
    public BacktestResult run() throws InterruptedException {
        Kernel kernel = one.kernel;
        kernel.start();
        while (true) {
            Inbound e = tickNanos <= 0 ? queue.take() : queue.poll(tickNanos, TimeUnit.NANOSECONDS);
            if (e == null) {
                kernel.advance(clock.nanos());
                continue;
            }
            lastInit = e.tsInit();
            try {
                if (handle(kernel, e)) return one.result();
            } finally {
                handled++;
            }
        }
    }

    /** Hands one event to the kernel; true when it was the stop. */
    private boolean handle(Kernel kernel, Inbound e) {
        switch (e) {
            case Inbound.BarClosed b -> {
                one.lane.bar(b.open(), b.o(), b.h(), b.l(), b.c(), b.v());
                if (one.desk != null) one.desk.bar(b.open(), b.o(), b.h(), b.l(), b.c(), b.v());
                kernel.step(b.tsEvent());
            }
            case Inbound.QuoteTick q -> {
                if (one.venue != null) one.venue.quote(q.quote());
                one.run.onQuote(q.quote(), one.lane.pastWarmup());
            }
            case Inbound.PrintTick p -> {
                if (one.venue != null) one.venue.trade(p.print());
                one.run.onTradePrint(p.print(), one.lane.pastWarmup());
            }
            case Inbound.Execution x -> {
                one.run.onEvent(x.event());
                one.run.deliver();
                one.run.stepDone(x.tsEvent()); // a fill between bars reaches the run's sinks (the store) without waiting for the next bar
            }
            case Inbound.Flush f -> one.run.stepDone(f.tsEvent());
            case Inbound.Stop s -> {
                kernel.finish();
                return true;
            }
        }
        return false;
    }

    /** Stands between the run and an exchange adapter: orders go straight out, events come back through the queue. */
    private final class Queued implements ExecutionClient, VenueListener {
        private final ExecutionClient remote;

        Queued(ExecutionClient remote) { this.remote = remote; }

        @Override public void connect(VenueListener listener) { remote.connect(this); }
        @Override public void submit(Order order) { remote.submit(order); }
        @Override public void cancel(long orderId, long time) { remote.cancel(orderId, time); }
        @Override public void modify(Order replacement, long time) { remote.modify(replacement, time); }
        @Override public void onEvent(OrderEvent event) { offer(new Inbound.Execution(event, clock.nanos())); }

        @Override
        public double positionQuantity(dev.tradewind.model.OrderView order) {
            throw new UnsupportedOperationException("an exchange adapter does not ask the run for its position");
        }
    }
}
