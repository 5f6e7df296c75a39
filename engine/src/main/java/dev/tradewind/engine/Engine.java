package dev.tradewind.engine;

import dev.tradewind.indicators.IndicatorCache;
import dev.tradewind.indicators.IndicatorRegistry;
import dev.tradewind.model.BarSeries;
import dev.tradewind.strategy.Strategy;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The event loop: one thread per run, deterministic, time taken only from the feed. For every bar, in order:
 * <ol>
 *   <li>the bar is appended to the history and the indicators update;</li>
 *   <li>the venue matches working orders against the bar; fills update the position and cash;</li>
 *   <li>order and trade notifications reach the strategy (onOrder, onTrade);</li>
 *   <li>the strategy's onBar runs (once its indicators are warmed up), then notifications of the orders it sent;</li>
 *   <li>orders that execute at the close fill ({@link FillMode#CLOSE});</li>
 *   <li>equity is marked to market at the close.</li>
 * </ol>
 * Events within a bar are handled in the order they happen (time, then sequence).
 */
public final class Engine {
    private static final int PROGRESS_EVERY = 1 << 12;
    private final EngineConfig config;
    private final IndicatorCache cache;
    private final java.util.function.Consumer<LogLine> logSink;
    private final IndicatorRegistry indicators;

    public Engine(EngineConfig config) { this(config, null, null, IndicatorRegistry.standard()); }

    private Engine(EngineConfig config, IndicatorCache cache, java.util.function.Consumer<LogLine> logSink,
            IndicatorRegistry indicators) {
        this.config = config;
        this.cache = cache;
        this.logSink = logSink;
        this.indicators = indicators;
    }

    /** An engine whose runs also hand every log line to {@code sink} as it is written (e.g. to print it). */
    public Engine withLogSink(java.util.function.Consumer<LogLine> sink) { return new Engine(config, cache, sink, indicators); }

    /**
     * An engine whose strategies resolve {@code ctx.indicator(spec)} (on the run's bars and on higher timeframes) with
     * {@code registry}, e.g. {@code IndicatorRegistry.withBuiltins().register(...)}; {@link IndicatorRegistry#standard()}
     * by default. An indicator cache given too must be of the same registry.
     */
    public Engine withIndicators(IndicatorRegistry registry) {
        return new Engine(config, cache, logSink, java.util.Objects.requireNonNull(registry, "registry"));
    }

    /**
     * An engine whose runs read their indicators from {@code cache} (built over the same bars) instead of computing
     * them: a sweep computes each distinct indicator once for all its runs. Results are identical.
     */
    public Engine withIndicatorCache(IndicatorCache cache) { return new Engine(config, cache, logSink, indicators); }

    /** Backtests a strategy on a bar series with the simulated venue. */
    public BacktestResult backtest(Strategy strategy, Map<String, String> params, BarSeries bars) {
        return run(strategy, params, new SeriesFeed(bars, config.instrument()), new SimulatedVenue(config), null, null);
    }

    /** Backtests with higher timeframes available to the strategy (see {@code Context.bars(String)}). */
    public BacktestResult backtest(Strategy strategy, Map<String, String> params, BarSeries bars, TimeframeSource timeframes) {
        return run(strategy, params, new SeriesFeed(bars, config.instrument()), new SimulatedVenue(config), timeframes, null);
    }

    /**
     * Runs a strategy until the feed ends.
     *
     * @param timeframes builds higher timeframes the strategy asks for; may be null when it asks for none
     * @param progress   called with the number of bars done every 4,096 bars (a place to stop a run: it may throw); may be null
     */
    public BacktestResult run(Strategy strategy, Map<String, String> params, Feed feed, Venue venue,
            TimeframeSource timeframes, IntConsumer progress) {
        int capacity = Math.max(feed.sizeHint(), 16);
        Run run = new Run(config, strategy, params, venue, timeframes, capacity, cache, indicators);
        if (logSink != null) run.logTo(logSink);
        run.historyFrom(feed.stored());
        if (feed.stored() != null) venue.stored(feed.stored());
        EquityCurve curve = new EquityCurve(capacity, feed.stored() == null ? null : feed.stored().time(),
                config.instrument().isFuture());
        int warmup = run.start();
        boolean always = strategy.onBarDuringWarmup();
        int i = 0;
        while (feed.next()) {
            run.openBar(feed.time(), feed.open(), feed.high(), feed.low(), feed.close(), feed.volume());
            if (always || i >= warmup) run.callOnBar();
            run.closeBar(curve);
            i++;
            if (progress != null && (i & (PROGRESS_EVERY - 1)) == 0) progress.accept(i);
        }
        run.stop();
        if (progress != null) progress.accept(i);
        return run.result(warmup, curve, config.startingCash(),
                venue instanceof SimulatedVenue v ? v.slippageNotes() : ExecutionNotes.NONE);
    }
}
