package dev.tradewind.web;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.catalog.CatalogException;
import dev.tradewind.catalog.CatalogRef;
import dev.tradewind.data.BadRowPolicy;
import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.data.DataException;
import dev.tradewind.data.GapOptions;
import dev.tradewind.data.GapPolicy;
import dev.tradewind.data.Gaps;
import dev.tradewind.data.LoadOptions;
import dev.tradewind.data.PriceColumn;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BarSeries;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.TimeArg;
import dev.tradewind.runner.UserError;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The bars a finished run saw, for its chart: the run's resolved configuration read again the way the backtester
 * reads it (the same file or catalog reference, zone, price column, bad-row policy, range and gap policy). The
 * result must have exactly the run's bar times, which {@link #load} checks.
 */
final class RunBars {
    private RunBars() {}

    static BarSeries load(Backtester.Outcome o) { return load(o.config(), o.result().time(), null); }

    /**
     * @param times the run's bar times
     * @param home  where to look for a relative data path that does not exist as given (a run recorded by the CLI
     *              in another directory), or null
     * @throws UserError when the data cannot be read or no longer matches the run
     */
    static BarSeries load(RunConfig c, long[] times, Path home) {
        ZoneId zone = ZoneId.of(c.zone());
        LoadOptions options = LoadOptions.defaults().withZone(zone)
                .withPriceColumn(Backtester.enumOf(PriceColumn.class, c.priceColumn(), "price column"))
                .withBadRows(Backtester.enumOf(BadRowPolicy.class, c.badRows(), "bad rows"));
        if (c.symbol() != null) options = options.withSymbol(c.symbol());
        long from = c.from() == null ? Long.MIN_VALUE : TimeArg.parse(c.from(), zone, "from");
        long to = c.to() == null ? Long.MAX_VALUE : TimeArg.parse(c.to(), zone, "to");
        options = options.withRange(from, to);
        BarSeries bars;
        try {
            if (CatalogRef.isRef(c.data())) {
                try (Catalog catalog = Catalog.open(Catalog.location(null))) {
                    bars = catalog.load(CatalogRef.parse(c.data()), options).series();
                }
            } else {
                Path file = Path.of(c.data());
                if (home != null && !file.isAbsolute() && !file.toFile().exists()) file = home.resolve(file);
                bars = CsvBarLoader.load(file, options).series();
            }
            Timeframe bar = bars.size() < 2 ? Timeframe.parse("1d") : Timeframe.detect(bars);
            bars = Gaps.apply(bars, GapOptions.defaults(bar).withZone(zone),
                    Backtester.enumOf(GapPolicy.class, c.gaps(), "gaps")).series();
        } catch (DataException | CatalogException e) {
            throw new UserError(e.getMessage(), e);
        }
        if (!Arrays.equals(bars.time(), times)) {
            throw new UserError(c.data() + ": the data no longer matches the run (" + bars.size()
                    + " bars now, the run saw " + times.length + ")");
        }
        return bars;
    }
}
