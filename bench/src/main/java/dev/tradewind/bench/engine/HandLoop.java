package dev.tradewind.bench.engine;

import dev.tradewind.model.BarSeries;

/**
 * The SMA crossover of {@link dev.tradewind.examples.SmaCross} written as one loop over primitive arrays, with
 * the engine's rules: rolling SMA sums; a cross up (down) is the first bar where {@code fast - slow} is positive
 * (negative) after a last non-zero difference of the other sign; market orders sent at a bar's close fill at the
 * next bar's open; entries buy {@code percent}% of equity at the signal bar's close; spot cash accounting with no
 * costs; equity, cash and position are written for every bar into columns allocated once.
 *
 * <p>Not thread-safe: one instance per benchmark thread.
 */
final class HandLoop {
    private final int fast;
    private final int slow;
    private final double startingCash;
    private final double percent;
    private final double[] equity;
    private final double[] cash;
    private final double[] position;
    private int trades;

    /** Sized for series of up to {@code capacity} bars. */
    HandLoop(int fast, int slow, double startingCash, double percent, int capacity) {
        this.fast = fast;
        this.slow = slow;
        this.startingCash = startingCash;
        this.percent = percent;
        this.equity = new double[capacity];
        this.cash = new double[capacity];
        this.position = new double[capacity];
    }

    /** Runs the strategy over the bars; returns the final equity. Allocates nothing. */
    double run(BarSeries bars) {
        double[] open = bars.open();
        double[] close = bars.close();
        int n = bars.size();
        double money = startingCash;
        double units = 0;
        double sumFast = 0;
        double sumSlow = 0;
        double lastNonZero = 0;
        boolean seenDiff = false;
        double pendingBuy = 0;
        boolean pendingSell = false;
        int closed = 0;
        int ready = Math.max(fast, slow) - 1;
        for (int i = 0; i < n; i++) {
            double o = open[i];
            if (pendingBuy > 0) {
                if (pendingBuy * o <= money + 1e-9) {
                    money -= pendingBuy * o;
                    units = pendingBuy;
                }
                pendingBuy = 0;
            } else if (pendingSell) {
                money += units * o;
                units = 0;
                closed++;
                pendingSell = false;
            }
            double c = close[i];
            sumFast += c;
            if (i >= fast) sumFast -= close[i - fast];
            sumSlow += c;
            if (i >= slow) sumSlow -= close[i - slow];
            if (i >= ready) {
                double diff = sumFast / fast - sumSlow / slow;
                if (seenDiff) {
                    if (units == 0 && lastNonZero < 0 && diff > 0) {
                        pendingBuy = money * percent / 100.0 / c;
                    } else if (units > 0 && lastNonZero > 0 && diff < 0) {
                        pendingSell = true;
                    }
                }
                seenDiff = true;
                if (diff != 0) lastNonZero = diff;
            }
            equity[i] = money + units * c;
            cash[i] = money;
            position[i] = units;
        }
        trades = closed;
        return n == 0 ? startingCash : equity[n - 1];
    }

    /** Round trips closed by the last run. */
    int trades() { return trades; }
}
