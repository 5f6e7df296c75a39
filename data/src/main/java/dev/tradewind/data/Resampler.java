package dev.tradewind.data;

import dev.tradewind.model.BarColumns;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Times;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Aggregates bars into a higher timeframe: first open, highest high, lowest low, last close, summed volume. A base
 * bar belongs to the bucket holding its open time; buckets are aligned to the wall clock of a zone (see
 * {@link #resample(BarSeries, Timeframe, Timeframe, ZoneId)}). Empty buckets produce no bar. Stateless.
 */
public final class Resampler {
    private Resampler() {}

    /** Resamples in UTC, detecting the bar size with {@link Timeframe#detect}. */
    public static Resampled resample(BarSeries series, Timeframe target) throws DataException {
        return resample(series, Timeframe.detect(series), target, ZoneOffset.UTC);
    }

    /** Resamples in {@code zone}, detecting the bar size with {@link Timeframe#detect}. */
    public static Resampled resample(BarSeries series, Timeframe target, ZoneId zone) throws DataException {
        return resample(series, Timeframe.detect(series), target, zone);
    }

    /**
     * Resamples bars of size {@code base} to {@code target}, a whole multiple of it. Buckets are aligned to local
     * time in {@code zone}, counted from 1970-01-01 local midnight, so any target dividing a day starts on local
     * midnight; whole weeks start on Monday midnight local. Across a daylight-saving change a bucket spans its
     * wall-clock interval (a 1d bucket is 23 or 25 hours).
     *
     * @throws DataException if the target is not a multiple of {@code base} or two bars are closer than {@code base}
     */
    public static Resampled resample(BarSeries series, Timeframe base, Timeframe target, ZoneId zone)
            throws DataException {
        if (!target.isMultipleOf(base)) {
            throw new DataException("cannot resample " + series.symbol() + " " + base + " bars to " + target + ": "
                    + target + " is not a multiple of " + base);
        }
        long[] time = series.time();
        int n = time.length;
        for (int i = 1; i < n; i++) {
            if (time[i] - time[i - 1] < base.nanos()) {
                throw new DataException("cannot resample " + series.symbol() + " as " + base + " bars: the bars at "
                        + Times.format(time[i - 1]) + " and " + Times.format(time[i]) + " are closer than " + base);
            }
        }
        Buckets buckets = new Buckets(target, zone);
        int[] bucketOf = new int[n];
        boolean[] closes = new boolean[n];
        BarColumns out = new BarColumns((int) Math.min(n, n / (target.nanos() / base.nanos()) + 2));
        double[] o = series.open(), h = series.high(), l = series.low(), c = series.close(), v = series.volume();
        long start = 0, end = Long.MIN_VALUE;
        double open = 0, high = 0, low = 0, close = 0, volume = 0;
        int j = -1;
        for (int i = 0; i < n; i++) {
            long t = time[i];
            if (t >= end) {
                if (j >= 0) out.add(start, open, high, low, close, volume);
                start = buckets.start(t);
                end = buckets.end(t);
                open = o[i];
                high = h[i];
                low = l[i];
                volume = 0;
                j++;
            }
            high = Math.max(high, h[i]);
            low = Math.min(low, l[i]);
            close = c[i];
            volume += v[i];
            bucketOf[i] = j;
            closes[i] = t + base.nanos() >= end;
        }
        if (j >= 0) out.add(start, open, high, low, close, volume);
        return new Resampled(out.toSeries(series.symbol()), base, target, zone, bucketOf, closes, n > 0 && !closes[n - 1]);
    }
}
