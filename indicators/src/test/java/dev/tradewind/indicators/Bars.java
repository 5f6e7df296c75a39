package dev.tradewind.indicators;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** OHLCV columns for tests. */
record Bars(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {

    int size() { return close.length; }

    static Bars fromReference(String name) {
        ReferenceData d = ReferenceData.load(name);
        return new Bars(null, d.column("open"), d.column("high"), d.column("low"), d.column("close"), d.column("volume"));
    }

    /** Bars one day apart from 2020-01-01 UTC. */
    static Bars daily(double[] open, double[] high, double[] low, double[] close, double[] volume) {
        long start = LocalDate.of(2020, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
        long[] time = new long[close.length];
        for (int i = 0; i < time.length; i++) time[i] = start + i * 86_400_000_000_000L;
        return new Bars(time, open, high, low, close, volume);
    }

    long timeAt(int i) { return time == null ? 0 : time[i]; }

    /** Runs a fresh indicator over the bars with {@code input} as its line; returns {@code [output][row]}. */
    double[][] run(Indicator indicator, double[] input) {
        return Indicators.compute(indicator, time, open, high, low, close, volume, input);
    }

    /** Values of a spec through a graph. */
    double[] spec(String spec) { return Indicators.compute(spec, time, open, high, low, close, volume); }
}
