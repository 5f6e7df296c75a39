package dev.tradewind.runner;

import dev.tradewind.indicators.Factors;
import dev.tradewind.model.BarSeries;
import java.util.List;

/**
 * Factor values for every bar of a run (range, efficiency ratio, R squared and slope over each N), computed in
 * one streaming pass. A trade carries the values of the last bar that closed before its entry fill, which is what
 * the strategy could know when it decided.
 */
public record FactorTable(List<String> names, double[][] values) {

    public static FactorTable compute(BarSeries bars, int[] periods) {
        Factors f = new Factors(periods);
        double[][] v = new double[bars.size()][f.size()];
        for (int i = 0; i < bars.size(); i++) {
            f.update(bars.time()[i], bars.open()[i], bars.high()[i], bars.low()[i], bars.close()[i], bars.volume()[i]);
            f.values(v[i]);
        }
        return new FactorTable(f.names(), v);
    }

    /** Values known just before a fill at {@code time} (the previous bar's), or NaNs before the second bar. */
    public double[] before(long[] barTimes, long time) {
        int i = java.util.Arrays.binarySearch(barTimes, time);
        int bar = (i >= 0 ? i : -i - 1) - 1;
        if (bar < 0) {
            double[] nan = new double[names.size()];
            java.util.Arrays.fill(nan, Double.NaN);
            return nan;
        }
        return values[bar];
    }
}
