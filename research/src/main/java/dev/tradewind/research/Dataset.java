package dev.tradewind.research;

import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.HigherTimeframe;
import dev.tradewind.engine.TimeframeSource;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.Resampling;
import dev.tradewind.runner.RunConfig;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bars loaded once and the engine settings of a study, shared read-only by every run of a sweep. Higher timeframes
 * are resampled once per timeframe and shared too. Thread-safe.
 *
 * @param bars   the bars after the run configuration's range and gap policy
 * @param engine instrument, cash, costs and fill mode
 * @param zone   the zone of DAY orders, calendar statistics and daily returns
 * @param timeframes higher timeframes of the bars, resampled once and shared
 */
public record Dataset(BarSeries bars, EngineConfig engine, ZoneId zone, TimeframeSource timeframes) {

    /** A dataset over given bars; higher timeframes are resampled in {@code zone} on first use and cached. */
    public static Dataset of(BarSeries bars, EngineConfig engine) {
        return new Dataset(bars, engine, engine.zone(), cached(new Resampling(bars, engine.zone())));
    }

    /**
     * Loads the bar file of a run configuration (range, bad rows, gaps, zone) and resolves its instrument and costs
     * exactly as {@code tradewind backtest} does.
     *
     * @throws UserError for a bad file or option
     */
    public static Dataset load(RunConfig c) {
        Backtester.Prepared p = Backtester.prepare(c, false); // the prepared configuration, with the data's hash, is not kept
        return of(p.bars(), p.engine());
    }

    /** Number of bars. */
    public int size() { return bars.size(); }

    /** The bars {@code [from, to)} by index, copied, with the same engine settings. */
    public Dataset slice(int from, int to) {
        if (from < 0 || to > size() || from > to) throw new IllegalArgumentException("slice [" + from + ", " + to + ") of " + size());
        BarSeries b = new BarSeries(bars.symbol(), Arrays.copyOfRange(bars.time(), from, to),
                Arrays.copyOfRange(bars.open(), from, to), Arrays.copyOfRange(bars.high(), from, to),
                Arrays.copyOfRange(bars.low(), from, to), Arrays.copyOfRange(bars.close(), from, to),
                Arrays.copyOfRange(bars.volume(), from, to));
        return of(b, engine);
    }

    /** The same bars with another starting cash. */
    public Dataset withCash(double cash) {
        EngineConfig e = engine;
        return new Dataset(bars, new EngineConfig(e.instrument(), cash, e.commission(), e.fillMode(), e.zone(), e.execution(),
                e.account(), e.risk()), zone, timeframes);
    }

    private static TimeframeSource cached(TimeframeSource source) {
        ConcurrentHashMap<String, HigherTimeframe> cache = new ConcurrentHashMap<>();
        return name -> cache.computeIfAbsent(name, source::resample);
    }
}
