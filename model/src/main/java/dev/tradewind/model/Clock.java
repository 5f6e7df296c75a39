package dev.tradewind.model;

/**
 * Time, epoch nanoseconds (UTC). A replay takes it from the data; paper and live runs, and exchange adapters stamping
 * what they receive ({@code tsInit}), read the wall clock. Injected so tests are deterministic.
 */
@FunctionalInterface
public interface Clock {
    /** Now, in epoch nanoseconds. */
    long nanos();

    /** Now, in epoch milliseconds. */
    default long millis() { return Math.floorDiv(nanos(), 1_000_000L); }

    /** The system clock (millisecond resolution is enough for exchange data). */
    Clock SYSTEM = () -> System.currentTimeMillis() * 1_000_000L;
}
