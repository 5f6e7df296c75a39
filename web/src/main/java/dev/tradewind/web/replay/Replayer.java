package dev.tradewind.web.replay;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.ConfigReader;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoredEquity;
import dev.tradewind.store.StoredRun;
import dev.tradewind.web.RunBars;
import java.nio.file.Path;

/**
 * Replays a recorded paper or live run as a backtest: its stored configuration (strategy, parameters, cash,
 * commission, slippage, fill mode, instrument) on exactly the bars it saw (its equity rows' times, read from where its
 * stream's bars were kept: {@link RunBars#liveBars}), through {@link Backtester} like any backtest, then compared with
 * what the run stored ({@link Differ}). A run whose data is not a stream (a backtest) is refused.
 */
public final class Replayer {
    private Replayer() {}

    /**
     * @param home where a relative data path is looked up when it does not exist as given, or null
     * @throws UserError for an unknown run, a backtest, a run without stored configuration or bars, bars no longer found
     * @throws dev.tradewind.store.StoreException when the store cannot be read
     */
    public static ReplayReport replay(RunStore store, long id, Path home) {
        StoredRun run = store.find(id).orElseThrow(() -> new UserError("run " + id + ": no such run in " + store.target().display()));
        String bars = RunBars.liveBars(run.data());
        if (bars == null || bars.equals(run.data())) {
            throw new UserError("run " + id + " is a backtest (data " + run.data() + "): replay compares a paper or live run "
                    + "with the backtest of the bars it saw");
        }
        if (run.config() == null) throw new UserError("run " + id + " has no stored configuration to replay");
        RunConfig config = ConfigReader.parse("run " + id + " configuration", run.config());
        StoredEquity equity = store.equity(id);
        if (equity.size() == 0) throw new UserError("run " + id + " recorded no bars: nothing to replay");
        Backtester.Prepared all;
        BarSeries seen;
        try {
            all = Backtester.prepare(RunBars.onBars(config, home));
            seen = RunBars.at(all.bars(), equity.time(), run.data());
        } catch (UserError e) {
            throw new UserError("run " + id + ": cannot read the bars it saw: " + e.getMessage(), e);
        }
        Backtester.Outcome o = Backtester.run(new Backtester.Prepared(all.config(), seen, all.instrument(), all.engine(),
                all.zone(), all.dataSummary()), null, null);
        Recorded live = new Recorded(store.orders(id), store.fills(id), equity.time(), equity.equity());
        Recorded backtest = new Recorded(o.result().orders(), o.result().fills(), o.result().time(), o.result().equity());
        double multiplier = all.instrument().multiplier();
        return new ReplayReport(id, run.data(), run.strategy(), multiplier,
                Differ.diff(live, backtest, multiplier, barLength(equity.time())));
    }

    /** The shortest spacing of the run's bars (ns): how far apart one decision's orders may be; 0 with one bar. */
    static long barLength(long[] time) {
        long min = Long.MAX_VALUE;
        for (int i = 1; i < time.length; i++) min = Math.min(min, time[i] - time[i - 1]);
        return min == Long.MAX_VALUE ? 0 : min;
    }
}
