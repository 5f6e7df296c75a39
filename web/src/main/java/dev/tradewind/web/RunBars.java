package dev.tradewind.web;

import dev.tradewind.catalog.CatalogRef;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.RunConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bars a finished run saw, for its chart: the run's resolved configuration prepared again by the backtester (the
 * same file or catalog reference, checked against the run's data fingerprint, with the same range and gap policy).
 * The result must have exactly the run's bar times, which {@link #load} checks.
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
        String data = c.data();
        if (home != null && data != null && !CatalogRef.isRef(data) && !Path.of(data).isAbsolute()
                && !Files.exists(Path.of(data)) && Files.exists(home.resolve(data))) {
            data = home.resolve(data).toString();
        }
        RunConfig again = new RunConfig(data, c.dataSha256(), c.symbol(), c.zone(), c.priceColumn(), c.badRows(), c.from(),
                c.to(), c.strategy(), c.strategySha256(), c.params(), c.cash(), c.commission(), c.slippageBps(), c.fill(),
                c.instrument(), c.gaps(), c.factors(), c.rules(), c.sqnStdev(), c.timeframe());
        BarSeries bars = Backtester.prepare(again).bars();
        if (!Arrays.equals(bars.time(), times)) {
            throw new UserError(c.data() + ": the data no longer matches the run (" + bars.size()
                    + " bars now, the run saw " + times.length + ")");
        }
        return bars;
    }
}
