package dev.tradewind.runner;

import dev.tradewind.model.BarSeries;

/** Infers a price tick from the decimals the data is quoted in (at most 8). */
public final class TickSize {
    private TickSize() {}

    public static double infer(BarSeries bars) {
        int decimals = 0;
        int n = Math.min(bars.size(), 10_000);
        for (int i = 0; i < n && decimals < 8; i++) {
            decimals = Math.max(decimals, decimals(bars.open()[i]));
            decimals = Math.max(decimals, decimals(bars.high()[i]));
            decimals = Math.max(decimals, decimals(bars.low()[i]));
            decimals = Math.max(decimals, decimals(bars.close()[i]));
        }
        return Double.parseDouble("1e-" + decimals);
    }

    private static int decimals(double x) {
        for (int d = 0; d < 8; d++) {
            double scaled = x * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-7 * Math.max(1, Math.abs(scaled))) return d;
        }
        return 8;
    }
}
