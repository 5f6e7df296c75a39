package dev.tradewind.engine;


import dev.tradewind.indicators.IndicatorCache;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.indicators.IndicatorRegistry;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Clock;
import dev.tradewind.model.EquityCurve;
import dev.tradewind.engine.options.OptionSettings;
import dev.tradewind.engine.futures.FutureSettings;
import dev.tradewind.model.LogLine;
import dev.tradewind.model.RunSink;
import dev.tradewind.strategy.Strategy;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Backtests one strategy on one symbol: the {@link Kernel} with one member and one simulated venue, driven by a
 * {@link Replay} of the stored bars. The order of events in each bar is the kernel's (see there).
 */
public final class Engine {
    private final EngineConfig config;
    // set only on the copy a with-method returns, never after: an engine is immutable once handed out
    private IndicatorCache cache;
    private Consumer<LogLine> logSink;
    private RunSink sink = RunSink.NONE;
    private IndicatorRegistry indicators = IndicatorRegistry.standard();
    private OptionSettings options;
    private FutureSettings futures;
    private TimeframeSource streamed;
    private boolean everyBar;
    private boolean excursions = true;
    private boolean records = true;

    public Engine(EngineConfig config) { this.config = config; }

    private Engine copy() {
        Engine e = new Engine(config);
        e.cache = cache;
        e.logSink = logSink;
        e.sink = sink;
        e.indicators = indicators;
        e.options = options;
        e.futures = futures;
        e.streamed = streamed;
        e.everyBar = everyBar;
        e.excursions = excursions;
        e.records = records;
        return e;
    }

    /**
     * An engine whose runs track no MAE and MFE (their trades record NaN for both): the highs and lows of the bars
     * between signals are then not read. Everything else is identical. For runs whose trades nobody reads one by one (a
     * sweep's trials: no statistic uses the excursions).
     */
    public Engine withoutExcursions() {
        Engine e = copy();
        e.excursions = false;
        return e;
    }

    /**
     * An engine whose results keep no order events, fills or signals (those lists are empty): the orders (and their
     * hash), trades, equity curve and everything the statistics read are identical. For runs nobody reads event by
     * event (a sweep's trials keep only their statistics and period returns).
     */
    public Engine withoutEventRecords() {
        Engine e = copy();
        e.records = false;
        return e;
    }

    /**
     * An engine whose backtests step every bar even for a strategy that declared its signals
     * ({@code ctx.onBarOnlyWhen}): onBar is called on every bar. The results must be the same; a difference means the
     * strategy's declaration is wrong (its onBar acts on a bar where no signal fired). Also the benchmark of the
     * stepped road.
     */
    public Engine withEveryBarStepped() {
        Engine e = copy();
        e.everyBar = true;
        return e;
    }

    /** An engine whose runs also hand every log line to {@code sink} as it is written (e.g. to print it). */
    public Engine withLogSink(Consumer<LogLine> sink) {
        Engine e = copy();
        e.logSink = sink;
        return e;
    }

    /** An engine whose runs stream every result to {@code sink} as it happens (besides the result they return). */
    public Engine withSink(RunSink sink) {
        Engine e = copy();
        e.sink = sink;
        return e;
    }

    /**
     * An engine whose strategies resolve {@code ctx.indicator(spec)} (on the run's bars and on higher timeframes) with
     * {@code registry}, e.g. {@code IndicatorRegistry.withBuiltins().register(...)}; {@link IndicatorRegistry#standard()}
     * by default. An indicator cache given too must be of the same registry.
     */
    public Engine withIndicators(IndicatorRegistry registry) {
        Engine e = copy();
        e.indicators = java.util.Objects.requireNonNull(registry, "registry");
        return e;
    }

    /**
     * An engine whose runs read their indicators from {@code cache} (built over the same bars) instead of computing
     * them: a sweep computes each distinct indicator once for all its runs. Results are identical.
     */
    public Engine withIndicatorCache(IndicatorCache cache) {
        Engine e = copy();
        e.cache = cache;
        return e;
    }

    /**
     * An engine whose simulated runs give strategies options on their instrument ({@code ctx.options()}): contracts
     * from {@code settings}' expiry calendar, priced by its model, settled at expiry. Not for portfolios or exchanges.
     */
    public Engine withOptions(OptionSettings settings) {
        Engine e = copy();
        e.options = java.util.Objects.requireNonNull(settings, "settings");
        return e;
    }

    /**
     * An engine whose backtests give strategies dated futures on their instrument ({@code ctx.futures()}): contracts
     * from {@code settings}' expiry calendar and months, priced by cost of carry, marked to market every bar, settled
     * for cash at expiry. Not for portfolios, paper or exchanges.
     */
    public Engine withFutures(FutureSettings settings) {
        Engine e = copy();
        e.futures = java.util.Objects.requireNonNull(settings, "settings");
        return e;
    }

    /**
     * An engine whose {@link #paper} and {@link #live} runs give strategies higher timeframes ({@code ctx.bars("1h")}),
     * aggregated from the bars as they come with the periods of {@code source} (see {@link TimeframeSource#periods}).
     */
    public Engine withStreamedTimeframes(TimeframeSource source) {
        Engine e = copy();
        e.streamed = java.util.Objects.requireNonNull(source, "source");
        return e;
    }

    /** Backtests a strategy on a bar series with the simulated venue. */
    public BacktestResult backtest(Strategy strategy, Map<String, String> params, BarSeries bars) {
        return run(strategy, params, new Replay(bars), null, null);
    }

    /** Backtests with higher timeframes available to the strategy (see {@code Context.bars(String)}). */
    public BacktestResult backtest(Strategy strategy, Map<String, String> params, BarSeries bars, TimeframeSource timeframes) {
        return run(strategy, params, new Replay(bars), timeframes, null);
    }

    /**
     * A run of {@code strategy} driven by events offered to the returned loop (paper trading): its orders fill in the
     * simulated venue against the bars it is given, with this engine's config, indicators and sinks.
     *
     * @param tickNanos how often the clock advances the run when no event comes (0: only when events come)
     */
    public EventLoop paper(Strategy strategy, Map<String, String> params, Clock clock, long tickNanos) {
        if (futures != null) throw new UnsupportedOperationException("dated futures are simulated in backtests only, not in paper runs");
        return new EventLoop(config, indicators, strategy, params, null, streamed, clock, tickNanos, sink, logSink, options);
    }

    /** The same, with orders going to {@code client} (an exchange adapter) whose events come back through the loop. */
    public EventLoop live(Strategy strategy, Map<String, String> params, ExecutionClient client, Clock clock, long tickNanos) {
        if (futures != null) throw new UnsupportedOperationException("dated futures are simulated in backtests only, not in live runs");
        return new EventLoop(config, indicators, strategy, params, client, streamed, clock, tickNanos, sink, logSink, null);
    }

    /** An empty equity curve for runs of this engine over {@code bars}, to pass to {@link #run} again and again. */
    public EquityCurve curveFor(BarSeries bars) {
        return new EquityCurve(bars.size(), bars.time(), config.instrument().isFuture());
    }

    /**
     * Replays the bars of {@code replay} through a strategy until they end.
     *
     * @param timeframes builds higher timeframes the strategy asks for; may be null when it asks for none
     * @param progress   called with the number of bars done every 4,096 bars (a place to stop a run: it may throw); may be null
     */
    public BacktestResult run(Strategy strategy, Map<String, String> params, Replay replay, TimeframeSource timeframes,
            IntConsumer progress) {
        return run(strategy, params, replay, timeframes, progress, null);
    }

    /**
     * The same, writing the equity curve into {@code reuse} (made by {@link #curveFor} on the replay's bars) instead of
     * a new one: a sweep's worker thread reuses one curve for all its trials, so no per-bar columns are allocated and
     * zeroed per trial. The result's per-bar arrays are then only valid until the next run into the same curve.
     */
    public BacktestResult run(Strategy strategy, Map<String, String> params, Replay replay, TimeframeSource timeframes,
            IntConsumer progress, EquityCurve reuse) {
        BarSeries bars = replay.bars();
        Single one = new Single(config, indicators, cache, strategy, params, null, timeframes, Math.max(bars.size(), 16),
                bars.time(), sink, logSink, reuse);
        if (options != null) one.run.optionsWith(options, one.venue);
        if (futures != null) one.run.futuresWith(futures, one.venue);
        if (everyBar) one.run.stepEveryBar();
        if (!excursions) one.run.withoutExcursions();
        if (!records) one.run.withoutEventRecords();
        // a run into a reused curve is one of many over these bars (a sweep): they share the bars' block extremes, which
        // only the excursions read
        if (reuse != null && excursions) one.run.extremesFrom(Extremes.of(bars.low(), bars.high()));
        replay.feed(one.lane, bars);
        replay.feed(one.desk, bars);
        replay.run(one.kernel, progress);
        return one.result();
    }
}
