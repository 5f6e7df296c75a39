package dev.tradewind.indicators.util;

/**
 * A running sum with Neumaier compensation: adding and later subtracting the same values leaves
 * (almost) no rounding residue, so rolling sums do not drift over millions of updates.
 */
public final class CompensatedSum {

    private double sum;
    private double compensation;

    /** Adds {@code x} (subtract by adding {@code -x}). */
    public void add(double x) {
        double t = sum + x;
        if (Math.abs(sum) >= Math.abs(x)) {
            compensation += (sum - t) + x;
        } else {
            compensation += (x - t) + sum;
        }
        sum = t;
    }

    /** Current sum. */
    public double value() { return sum + compensation; }

    /** Resets to zero. */
    public void clear() {
        sum = 0;
        compensation = 0;
    }
}
