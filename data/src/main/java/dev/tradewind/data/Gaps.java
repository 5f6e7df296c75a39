package dev.tradewind.data;

import dev.tradewind.model.BarColumns;
import dev.tradewind.model.BarSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Finds missing bars (see {@link GapOptions} for which count) and applies a {@link GapPolicy}. A missing bar time is
 * the previous bar's time plus a whole number of bar sizes, before the next bar. Stateless.
 */
public final class Gaps {
    private static final int MAX_BARS = Integer.MAX_VALUE - 8;

    private Gaps() {}

    /** The gaps of a series; changes nothing. */
    public static GapReport detect(BarSeries series, GapOptions options) {
        return new Scan(series, options).report(GapPolicy.LEAVE, 0, 0);
    }

    /** Applies {@code policy}; LEAVE returns the series itself. */
    public static GapResult apply(BarSeries series, GapOptions options, GapPolicy policy) throws DataException {
        Scan scan = new Scan(series, options);
        return switch (policy) {
            case LEAVE -> new GapResult(series, scan.report(policy, 0, 0));
            case FILL -> fill(series, scan);
            case DROP -> drop(series, scan);
        };
    }

    private static GapResult fill(BarSeries s, Scan scan) throws DataException {
        long total = s.size() + scan.missing;
        if (total > MAX_BARS) {
            throw new DataException("cannot fill the gaps of " + s.symbol() + ": it would hold " + total + " bars");
        }
        BarColumns out = new BarColumns((int) total);
        long[] t = s.time();
        int g = 0;
        for (int i = 0; i < s.size(); i++) {
            if (g < scan.after.length && scan.after[g] == i) {
                double price = s.close()[i - 1];
                scan.expected.forEach(t[i - 1], t[i], x -> out.add(x, price, price, price, price, 0));
                g++;
            }
            out.add(s, i);
        }
        return new GapResult(out.toSeries(s.symbol()), scan.report(GapPolicy.FILL, (int) scan.missing, 0));
    }

    private static GapResult drop(BarSeries s, Scan scan) {
        Buckets periods = new Buckets(scan.options.dropPeriod(), scan.options.zone());
        Periods bad = new Periods(periods);
        long[] t = s.time();
        for (int i : scan.after) scan.expected.forEach(t[i - 1], t[i], bad);
        BarColumns out = new BarColumns(s.size());
        long start = 0, end = Long.MIN_VALUE;
        int p = 0;
        boolean dropping = false;
        for (int i = 0; i < s.size(); i++) {
            if (t[i] >= end) {
                start = periods.start(t[i]);
                end = periods.end(t[i]);
                while (p < bad.size && bad.starts[p] < start) p++;
                dropping = p < bad.size && bad.starts[p] == start;
            }
            if (!dropping) out.add(s, i);
        }
        int dropped = s.size() - out.size();
        return new GapResult(out.toSeries(s.symbol()), scan.report(GapPolicy.DROP, 0, dropped));
    }

    /** The gaps of one series: the reported gaps and the index of the bar after each. */
    private static final class Scan {
        final GapOptions options;
        final ExpectedBars expected;
        final List<Gap> gaps = new ArrayList<>();
        int[] after = new int[16];
        long missing;

        Scan(BarSeries s, GapOptions options) {
            this.options = options;
            this.expected = new ExpectedBars(options);
            long[] t = s.time();
            long bar = options.bar().nanos();
            for (int i = 1; i < t.length; i++) {
                if (t[i] - t[i - 1] <= bar) continue;
                long m = expected.scan(t[i - 1], t[i]);
                if (m <= options.tolerance()) continue;
                if (gaps.size() == after.length) after = Arrays.copyOf(after, after.length * 2);
                after[gaps.size()] = i;
                gaps.add(new Gap(expected.first, expected.last, m));
                missing += m;
            }
            after = Arrays.copyOf(after, gaps.size());
        }

        GapReport report(GapPolicy policy, int added, int dropped) {
            return new GapReport(policy, options.bar(), gaps, missing, added, dropped);
        }
    }

    /** The distinct starts of the periods holding the times it is given, in order. */
    private static final class Periods implements LongConsumer {
        private final Buckets buckets;
        long[] starts = new long[16];
        int size;
        private long end = Long.MIN_VALUE;

        Periods(Buckets buckets) { this.buckets = buckets; }

        @Override
        public void accept(long x) {
            if (x < end) return;
            end = buckets.end(x);
            if (size == starts.length) starts = Arrays.copyOf(starts, size * 2);
            starts[size++] = buckets.start(x);
        }
    }
}
