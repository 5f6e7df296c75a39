package dev.tradewind.runner;

import dev.tradewind.data.Buckets;
import dev.tradewind.data.DataException;
import dev.tradewind.data.Resampled;
import dev.tradewind.data.Resampler;
import dev.tradewind.data.Timeframe;
import dev.tradewind.engine.HigherTimeframe;
import dev.tradewind.engine.TimeframePeriods;
import dev.tradewind.engine.TimeframeSource;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.UserError;
import java.time.ZoneId;

/** Higher timeframes for a backtest, resampled from the loaded bars with day and week buckets in the run's zone. */
public record Resampling(BarSeries base, ZoneId zone) implements TimeframeSource {

    @Override
    public HigherTimeframe resample(String timeframe) {
        if (base == null) throw new IllegalStateException("a streamed run has no stored bars to resample");
        try {
            Resampled r = Resampler.resample(base, Timeframe.parse(timeframe), zone);
            int[] closed = new int[base.size()];
            for (int i = 0; i < closed.length; i++) closed[i] = r.closedAfter(i);
            return new HigherTimeframe(timeframe, r.series(), closed);
        } catch (DataException e) {
            throw new UserError("timeframe " + timeframe + ": " + e.getMessage(), e);
        }
    }

    /** The same buckets for a run fed one bar at a time (paper, live): periods in the zone, no stored bars needed. */
    @Override
    public TimeframePeriods periods(String timeframe) {
        try {
            Buckets b = new Buckets(Timeframe.parse(timeframe), zone);
            return new TimeframePeriods(b::start, b::end);
        } catch (DataException e) {
            throw new UserError("timeframe " + timeframe + ": " + e.getMessage(), e);
        }
    }

    /** Higher timeframes for runs fed one bar at a time in {@code zone} ({@link #resample} needs stored bars). */
    public static Resampling streamed(ZoneId zone) { return new Resampling(null, zone); }
}
