package dev.tradewind.research;

import dev.tradewind.data.BadRowPolicy;
import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.data.DataException;
import dev.tradewind.data.GapOptions;
import dev.tradewind.data.GapPolicy;
import dev.tradewind.data.Gaps;
import dev.tradewind.data.LoadOptions;
import dev.tradewind.data.PriceColumn;
import dev.tradewind.data.Timeframe;
import dev.tradewind.engine.Commission;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.FillMode;
import dev.tradewind.engine.HigherTimeframe;
import dev.tradewind.engine.TimeframeSource;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.Resampling;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.TickSize;
import dev.tradewind.runner.TimeArg;
import dev.tradewind.runner.UserError;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
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
        if (c.data() == null) throw new UserError("--data is required");
        ZoneId zone = zone(c.zone());
        LoadOptions o = LoadOptions.defaults().withZone(zone)
                .withPriceColumn(Backtester.enumOf(PriceColumn.class, c.priceColumn(), "price column"))
                .withBadRows(Backtester.enumOf(BadRowPolicy.class, c.badRows(), "bad rows"));
        if (c.symbol() != null) o = o.withSymbol(c.symbol());
        long from = c.from() == null ? Long.MIN_VALUE : TimeArg.parse(c.from(), zone, "--from");
        long to = c.to() == null ? Long.MAX_VALUE : TimeArg.parse(c.to(), zone, "--to");
        if (from > to) throw new UserError("--from " + c.from() + " is after --to " + c.to());
        BarSeries bars;
        try {
            bars = CsvBarLoader.load(Path.of(c.data()), o.withRange(from, to)).series();
            if (bars.size() == 0) throw new UserError(c.data() + ": no bars in the selected range");
            Timeframe bar = bars.size() < 2 ? Timeframe.parse("1d") : Timeframe.detect(bars);
            bars = Gaps.apply(bars, GapOptions.defaults(bar).withZone(zone),
                    Backtester.enumOf(GapPolicy.class, c.gaps(), "--gaps")).series();
        } catch (DataException e) {
            throw new UserError(e.getMessage(), e);
        }
        RunConfig.InstrumentConfig i = c.instrument();
        Instrument instrument;
        try {
            instrument = new Instrument(bars.symbol(), Backtester.enumOf(Instrument.Kind.class, i.kind(), "instrument kind"),
                    i.tick() > 0 ? i.tick() : TickSize.infer(bars), i.lot(), i.multiplier(), i.margin());
        } catch (IllegalArgumentException e) {
            throw new UserError("instrument: " + e.getMessage(), e);
        }
        FillMode fill = switch (c.fill().toLowerCase(Locale.ROOT)) {
            case "next-open" -> FillMode.NEXT_OPEN;
            case "close" -> FillMode.CLOSE;
            default -> throw new UserError("--fill: expected next-open or close, got '" + c.fill() + "'");
        };
        EngineConfig engine = new EngineConfig(instrument, c.cash(),
                new Commission(c.commission().percent(), c.commission().perOrder(), c.commission().perUnit()),
                c.slippageBps(), fill, zone);
        return of(bars, engine);
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

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            throw new UserError("--zone: unknown time zone '" + id + "' (e.g. UTC, America/New_York)", e);
        }
    }
}
