package dev.tradewind.live;

/** Wall-clock time for stamping received events ({@code tsInit}); injected so tests are deterministic. */
@FunctionalInterface
public interface Clock {
    /** Now, in epoch nanoseconds (UTC). */
    long nanos();

    /** Now, in epoch milliseconds. */
    default long millis() { return Math.floorDiv(nanos(), 1_000_000L); }

    /** The system clock (millisecond resolution is enough for exchange data). */
    Clock SYSTEM = () -> System.currentTimeMillis() * 1_000_000L;
}
