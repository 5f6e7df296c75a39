package dev.tradewind.data;

import dev.tradewind.model.BarSeries;
import java.time.ZoneId;

/**
 * Higher-timeframe bars and how the base bars map onto them, for use without lookahead: after base bar {@code i}
 * closes, higher bars {@code 0 .. closedAfter(i) - 1} are final. Arrays are not copied; do not modify them.
 *
 * @param series        the higher-timeframe bars, each timed at its bucket's start
 * @param base          the base bar size
 * @param target        the higher timeframe
 * @param zone          the zone buckets were aligned in
 * @param bucketOf      for each base bar, the index of its higher bar
 * @param closesBucket  for each base bar, whether its close time reaches its bucket's end, so the higher bar is
 *                      final once it closes (known at that moment: no lookahead)
 * @param lastPartial   whether the last higher bar's bucket extends past the data (it may still change)
 */
public record Resampled(BarSeries series, Timeframe base, Timeframe target, ZoneId zone, int[] bucketOf,
        boolean[] closesBucket, boolean lastPartial) {

    /** How many higher bars are final once base bar {@code i} has closed. */
    public int closedAfter(int i) { return closesBucket[i] ? bucketOf[i] + 1 : bucketOf[i]; }

    /**
     * Whether base bar {@code i} is the last of its bucket in the data. Unlike {@link #closesBucket} this looks at
     * bar {@code i + 1}: when a bucket's last bars are missing (a gap, a session close) it is true before the bucket
     * has ended in time.
     */
    public boolean lastInBucket(int i) {
        return i + 1 < bucketOf.length ? bucketOf[i + 1] != bucketOf[i] : closesBucket[i];
    }

    /** Whether higher bar {@code j} covers its whole bucket in time: all are but a partial last one. */
    public boolean isComplete(int j) { return j < series.size() - 1 || !lastPartial; }
}
