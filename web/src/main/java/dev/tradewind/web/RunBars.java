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
public final class RunBars {
    private RunBars() {}

    static BarSeries load(Backtester.Outcome o) { return load(o.config(), o.result().time(), null); }

    /**
     * @param times the run's bar times
     * @param home  where to look for a relative data path that does not exist as given (a run recorded by the CLI
     *              in another directory), or null
     * @throws UserError when the data cannot be read or no longer matches the run
     */
    static BarSeries load(RunConfig c, long[] times, Path home) { return load(c, times, home, false); }

    /**
     * As {@link #load(RunConfig, long[], Path)}; with {@code subset} the data may hold more bars than the run saw (a
     * paper run still going, whose data grows as bars close): the bars at the run's times are kept, and every one of
     * them must be there.
     */
    static BarSeries load(RunConfig c, long[] times, Path home, boolean subset) {
        BarSeries bars = all(c, home);
        if (subset && !Arrays.equals(bars.time(), times)) bars = at(bars, times, c.data());
        if (!Arrays.equals(bars.time(), times)) {
            throw new UserError(c.data() + ": the data no longer matches the run (" + bars.size()
                    + " bars now, the run saw " + times.length + ")");
        }
        return bars;
    }

    /** Every bar of the run's data and range as the backtester prepares them (checked against its fingerprint). */
    static BarSeries all(RunConfig c, Path home) { return Backtester.prepare(onBars(c, home)).bars(); }

    /**
     * The run's configuration reading its bars where they are: a paper run's from the catalog ({@link #liveBars}), a
     * relative file path that does not exist as given from {@code home} (null: none).
     */
    public static RunConfig onBars(RunConfig c, Path home) {
        String data = liveBars(c.data());
        if (home != null && data != null && !CatalogRef.isRef(data) && !Path.of(data).isAbsolute()
                && !Files.exists(Path.of(data)) && Files.exists(home.resolve(data))) {
            data = home.resolve(data).toString();
        }
        return new RunConfig(data, c.dataSha256(), c.symbol(), c.zone(), c.priceColumn(), c.badRows(), c.from(),
                c.to(), c.strategy(), c.strategySha256(), c.params(), c.cash(), c.commission(), c.slippageBps(), c.fill(),
                c.instrument(), c.gaps(), c.factors(), c.rules(), c.sqnStdev(), c.timeframe(), c.desk());
    }

    /**
     * Where a paper or live run's bars are: its data {@code paper:EXCHANGE:KIND:SYMBOL:INTERVAL} (or {@code live:...})
     * names the stream whose closed bars the run appended to the catalog, so its chart reads them from there
     * ({@code catalog:SYMBOL:INTERVAL}); any other data is returned as it is.
     */
    public static String liveBars(String data) {
        if (data == null || !(data.startsWith("paper:") || data.startsWith("live:"))) return data;
        String[] p = data.split(":");
        if (p.length != 5) throw new UserError(data + ": expected " + p[0] + ":EXCHANGE:KIND:SYMBOL:INTERVAL");
        return CatalogRef.PREFIX + p[3] + ":" + p[4];
    }

    /** The bars at {@code times} (both ascending); a time the data lacks is a {@link UserError}. */
    public static BarSeries at(BarSeries bars, long[] times, String data) {
        int[] index = new int[times.length];
        int j = 0;
        long[] t = bars.time();
        for (int i = 0; i < times.length; i++) {
            while (j < t.length && t[j] < times[i]) j++;
            if (j == t.length || t[j] != times[i]) {
                throw new UserError(data + ": no bar at " + dev.tradewind.model.Times.format(times[i]) + ", a bar of the run");
            }
            index[i] = j++;
        }
        int n = times.length;
        double[] o = new double[n], h = new double[n], l = new double[n], cl = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            int k = index[i];
            o[i] = bars.open()[k];
            h[i] = bars.high()[k];
            l[i] = bars.low()[k];
            cl[i] = bars.close()[k];
            v[i] = bars.volume()[k];
        }
        return new BarSeries(bars.symbol(), times.clone(), o, h, l, cl, v);
    }
}
