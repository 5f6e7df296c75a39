package dev.tradewind.research;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.Replay;
import dev.tradewind.indicators.IndicatorCache;
import dev.tradewind.indicators.IndicatorRegistry;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.EquityCurve;
import dev.tradewind.metrics.CurveSummary;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.metrics.StatisticsCalculator;
import dev.tradewind.metrics.StatisticsOptions;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Desks;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one strategy class on one {@link Dataset} with given parameters: a fresh strategy instance per run (strategies
 * hold per-run state), the simulated venue, statistics as {@code tradewind backtest} computes them, and the period
 * returns of the equity curve. Thread-safe: runs on several threads share only immutable inputs.
 */
public final class StrategyRunner {
    private final Class<? extends Strategy> type;
    private final ParamSchema schema;
    private final Dataset data;
    private final PeriodReturns period;
    private final StatisticsOptions options;
    private final Engine engine;
    private final Engine reusing; // runReusing's: the same, without MAE and MFE or event records (no statistic reads them)
    private final ThreadLocal<EquityCurve> curves;
    private final ThreadLocal<CurveSummary> summaries = ThreadLocal.withInitial(CurveSummary::new);
    private final Desks.Resolved desk;

    /** A runner with the option or futures desk the strategy declares ({@link dev.tradewind.strategy.Desk}), if any. */
    public StrategyRunner(Class<? extends Strategy> type, Dataset data, PeriodReturns period) {
        this(type, data, period, Desks.resolve(null, type));
    }

    /** A runner whose runs have the option and futures desks of {@code desk}. */
    public StrategyRunner(Class<? extends Strategy> type, Dataset data, PeriodReturns period, Desks.Resolved desk) {
        this.type = type;
        this.desk = desk;
        this.schema = ParamSchema.of(type);
        this.data = data;
        this.period = period;
        this.options = StatisticsOptions.DEFAULT.withZone(data.zone());
        BarSeries b = data.bars();
        // every run of this runner shares each distinct indicator, computed once over the dataset (while it fits)
        this.engine = desk.on(new Engine(data.engine())).withIndicatorCache(new IndicatorCache(IndicatorRegistry.standard(),
                b.time(), b.open(), b.high(), b.low(), b.close(), b.volume(), cacheBudget(b.size(), Runtime.getRuntime().maxMemory())));
        this.reusing = engine.withoutExcursions().withoutEventRecords();
        this.curves = ThreadLocal.withInitial(() -> engine.curveFor(b));
    }

    /**
     * The bytes of indicator columns a runner over {@code bars} keeps: half the heap the JVM may use, less the bars'
     * own six columns, and two columns at least. The rest of the heap is the runs': each thread's curve and its
     * trial's orders, and the columns its running trial still reads after the cache dropped them.
     */
    static long cacheBudget(int bars, long maxHeap) {
        return Math.max(2 * IndicatorCache.columnBytes(bars), maxHeap / 2 - 6 * 8L * bars);
    }

    /** Resolves the configuration's strategy (a built-in or a .java file) and loads its data once. */
    public static StrategyRunner load(dev.tradewind.runner.RunConfig config, PeriodReturns period) {
        if (config.strategy() == null) throw new UserError("--strategy is required");
        Class<? extends Strategy> type = dev.tradewind.runner.StrategySource.resolve(config.strategy()).type();
        Desks.Resolved desk = Desks.resolve(config.desk(), type);
        return new StrategyRunner(type, Dataset.load(config), period, desk);
    }

    /** What one run produced. {@code params} are every parameter of the strategy, resolved. */
    public record Outcome(Map<String, String> params, BacktestResult result, Statistics statistics, double[] returns) {}

    public Class<? extends Strategy> type() { return type; }

    public ParamSchema schema() { return schema; }

    public Dataset data() { return data; }

    public PeriodReturns period() { return period; }

    /** The same strategy on other data (a slice, another cash). */
    public StrategyRunner on(Dataset other) { return new StrategyRunner(type, other, period, desk); }

    /** The option and futures desks of its runs ({@link Desks.Resolved#NONE} for none). */
    public Desks.Resolved desk() { return desk; }

    /**
     * Runs the strategy with {@code params} applied over its defaults.
     *
     * @throws UserError when a value does not fit the schema
     */
    public Outcome run(Map<String, String> params) { return run(params, null); }

    /**
     * The same, for a caller that drops the outcome's per-bar arrays before its thread's next run (a sweep's worker
     * keeps only statistics and period returns): each thread writes its runs' equity curves into one curve of its own,
     * so a trial allocates and zeroes no per-bar columns. The outcome's result arrays are overwritten by the thread's
     * next {@code runReusing}, its trades carry no MAE and MFE (NaN: {@link Engine#withoutExcursions}) and it keeps
     * no order events, fills or signals ({@link Engine#withoutEventRecords}); the statistics, orders and trades are
     * those of {@link #run}.
     */
    public Outcome runReusing(Map<String, String> params) { return run(params, curves.get()); }

    private Outcome run(Map<String, String> params, EquityCurve reuse) {
        Strategy strategy = create(params);
        Map<String, String> resolved = new LinkedHashMap<>(schema.values(strategy));
        CurveSummary read = null;
        if (reuse != null) { // the drawdowns and exposure read as the run writes its curve, while in the cache
            read = summaries.get();
            read.reset();
            reuse.readBy(read);
        }
        BacktestResult r;
        try {
            r = (reuse != null ? reusing : engine).run(strategy, resolved, new Replay(data.bars()), data.timeframes(), null, reuse);
            if (reuse != null) reuse.flush();
        } catch (dev.tradewind.strategy.NoDeskException e) {
            throw (RuntimeException) Desks.explain(e);
        } finally {
            if (reuse != null) reuse.readBy(null);
        }
        int n = r.bars();
        double cash = data.engine().startingCash();
        // the statistics of tradewind backtest (a RunInput with inPosition = position != 0), from the columns in one pass
        Statistics stats = StatisticsCalculator.compute(r.time(), r.equity(), r.position(), n, r.trades(), cash, r.finalCash(),
                options, read);
        return new Outcome(resolved, r, stats, period.of(r.time(), r.equity(), n, cash, data.zone()));
    }

    /** A fresh instance with {@code params} over the defaults. */
    public Strategy create(Map<String, String> params) {
        try {
            return schema.create(params);
        } catch (ParamException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
