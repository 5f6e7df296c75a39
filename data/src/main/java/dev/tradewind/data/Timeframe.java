package dev.tradewind.data;

import dev.tradewind.model.BarSeries;
import java.time.Duration;
import java.util.Arrays;

/**
 * A fixed bar length, e.g. {@code 1m} or {@code 4h}. Months are not fixed and not supported.
 *
 * @param nanos the length in nanoseconds, positive
 */
public record Timeframe(long nanos) {
    private static final long S = 1_000_000_000L;
    private static final String[] UNITS = {"w", "d", "h", "m", "s"};
    private static final long[] SIZES = {7 * 86_400 * S, 86_400 * S, 3_600 * S, 60 * S, S};

    public Timeframe {
        if (nanos <= 0) throw new IllegalArgumentException("timeframe must be positive: " + nanos + " ns");
    }

    public static Timeframe of(Duration d) { return new Timeframe(d.toNanos()); }

    /**
     * Parses {@code <count><unit>} with unit {@code s}, {@code m} (minutes), {@code h}, {@code d} or {@code w}, e.g.
     * {@code 1m, 3m, 5m, 15m, 1h, 4h, 1d, 1w}. Units other than {@code m} may be upper case.
     */
    public static Timeframe parse(String text) throws DataException {
        String s = text.strip();
        int n = s.length();
        int unit = n < 2 ? -1 : switch (s.charAt(n - 1)) {
            case 'w', 'W' -> 0;
            case 'd', 'D' -> 1;
            case 'h', 'H' -> 2;
            case 'm' -> 3;
            case 's', 'S' -> 4;
            default -> -1;
        };
        if (unit >= 0) {
            try {
                long count = Long.parseLong(s.substring(0, n - 1));
                if (count > 0) return new Timeframe(Math.multiplyExact(count, SIZES[unit]));
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
        }
        throw new DataException("timeframe '" + text + "': expected a count and a unit like 1m, 5m, 15m, 1h, 4h, 1d or 1w"
                + (text.strip().endsWith("M") ? " (months are not supported; m is minutes)" : ""));
    }

    /**
     * The most common distance between consecutive bars (the smallest of equally common ones), e.g. 1d for daily
     * stock bars despite weekends.
     */
    public static Timeframe detect(BarSeries series) throws DataException {
        long[] t = series.time();
        if (t.length < 2) {
            throw new DataException("cannot detect the bar size of " + series.symbol() + ": it has " + t.length
                    + " bar" + (t.length == 1 ? "" : "s") + "; give the bar size explicitly");
        }
        long majority = majorityStep(t);
        return new Timeframe(majority > 0 ? majority : sortedMode(t));
    }

    /** The most frequent spacing of {@code t} (at least two times), the smallest on a tie, by sorting the spacings. */
    static long sortedMode(long[] t) {
        long[] d = new long[t.length - 1];
        for (int i = 0; i < d.length; i++) d[i] = t[i + 1] - t[i];
        Arrays.sort(d);
        long best = d[0];
        int bestRun = 0;
        for (int i = 0; i < d.length; ) {
            int j = i;
            while (j < d.length && d[j] == d[i]) j++;
            if (j - i > bestRun) {
                bestRun = j - i;
                best = d[i];
            }
            i = j;
        }
        return best;
    }

    /**
     * The distance between consecutive times that more than half of them share (the most common one then, and the only
     * one), or 0 if none does: two passes and no array (Boyer-Moore majority vote), where sorting the distances of 10M
     * bars allocated 80 MB. Regular bars almost always have one; the sort remains for the rest.
     */
    static long majorityStep(long[] t) {
        int n = t.length - 1;
        long candidate = 0;
        int votes = 0;
        for (int i = 0; i < n; i++) {
            long d = t[i + 1] - t[i];
            if (votes == 0) {
                candidate = d;
                votes = 1;
            } else if (d == candidate) {
                votes++;
            } else {
                votes--;
            }
        }
        long count = 0;
        for (int i = 0; i < n; i++) if (t[i + 1] - t[i] == candidate) count++;
        return count * 2 > n ? candidate : 0;
    }

    public Duration toDuration() { return Duration.ofNanos(nanos); }

    /** Whether this is a whole multiple of {@code base}. */
    public boolean isMultipleOf(Timeframe base) { return nanos % base.nanos == 0; }

    /** The shortest form: {@code 1w}, {@code 4h}, {@code 90m}, {@code 30s}, else nanoseconds ({@code 500000000ns}). */
    @Override
    public String toString() {
        for (int i = 0; i < UNITS.length; i++) {
            if (nanos % SIZES[i] == 0) return nanos / SIZES[i] + UNITS[i];
        }
        return nanos + "ns";
    }
}
