package dev.tradewind.engine;

import java.util.Arrays;

/**
 * Funding of a perpetual future: at every {@code interval} from {@code offset} (epoch ns, UTC), a position pays
 * {@code quantity x mark price x multiplier x rate} (longs pay a positive rate to shorts). The rate comes from a series
 * (the last published rate at or before the funding time) or is a constant.
 *
 * @param intervalNanos time between fundings (8 hours on most exchanges)
 * @param offsetNanos   a funding time, e.g. 0 for 00:00 UTC
 * @param constantRate  the rate per funding when no series is given (0.0001 = 0.01%)
 * @param times         publication times of the rate series (epoch ns, increasing), or an empty array
 * @param rates         the rates of the series
 */
public record Funding(long intervalNanos, long offsetNanos, double constantRate, long[] times, double[] rates) {
    public static final long EIGHT_HOURS = 8L * 3_600_000_000_000L;
    public static final Funding NONE = new Funding(EIGHT_HOURS, 0, 0, new long[0], new double[0]);

    public Funding {
        if (intervalNanos <= 0) throw new IllegalArgumentException("funding interval must be > 0");
        if (times.length != rates.length) throw new IllegalArgumentException("funding times and rates differ in length");
    }

    /** A constant rate every 8 hours from 00:00 UTC. */
    public static Funding constant(double rate) { return new Funding(EIGHT_HOURS, 0, rate, new long[0], new double[0]); }

    /** A rate series every 8 hours from 00:00 UTC. */
    public static Funding series(long[] times, double[] rates) { return new Funding(EIGHT_HOURS, 0, 0, times, rates); }

    public boolean isNone() { return constantRate == 0 && times.length == 0; }

    /** The first funding time strictly after {@code t}. */
    public long nextAfter(long t) {
        long k = Math.floorDiv(t - offsetNanos, intervalNanos) + 1;
        return offsetNanos + k * intervalNanos;
    }

    /** The rate that applies at funding time {@code t}. */
    public double rateAt(long t) {
        if (times.length == 0) return constantRate;
        int i = Arrays.binarySearch(times, t);
        int k = i >= 0 ? i : -i - 2;
        return k >= 0 ? rates[k] : 0;
    }
}
