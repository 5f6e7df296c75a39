package dev.tradewind.engine;

import dev.tradewind.model.OrderEvent;

/**
 * What enters the kernel through the {@link EventLoop}'s queue. Each event carries the time it happened
 * ({@code tsEvent}, the source's clock) and the time it entered the kernel's queue ({@code tsInit}, the run's clock).
 */
public sealed interface Inbound {
    long tsEvent();

    long tsInit();

    /** A bar closed: it opened at {@code open} and closed at {@code tsEvent}. */
    record BarClosed(long open, long tsEvent, double o, double h, double l, double c, double v, long tsInit) implements Inbound {}

    /** A best bid/ask was published (a quote stream). */
    record QuoteTick(dev.tradewind.model.Quote quote, long tsInit) implements Inbound {
        @Override public long tsEvent() { return quote.time(); }
    }

    /** A trade printed between other participants (a trade stream). */
    record PrintTick(dev.tradewind.model.TradePrint print, long tsInit) implements Inbound {
        @Override public long tsEvent() { return print.time(); }
    }

    /** The execution side reported a change of an order's state. */
    record Execution(OrderEvent event, long tsInit) implements Inbound {
        @Override public long tsEvent() { return event.time(); }
    }

    /**
     * The run's sinks are to write what they hold if it is due (a live run's timer offers one every second, so a fill
     * between two bars reaches the store within seconds, not at the next bar).
     */
    record Flush(long tsEvent, long tsInit) implements Inbound {}

    /** The run is to stop: what is working stays at the venue, the strategy's onStop runs, the sink is flushed. */
    record Stop(long tsEvent, long tsInit) implements Inbound {}
}
