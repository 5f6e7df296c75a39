package dev.tradewind.cli.research;

import dev.tradewind.cli.RunOptions;

import dev.tradewind.model.Trade;
import dev.tradewind.model.UserError;
import dev.tradewind.research.MonteCarlo;
import dev.tradewind.research.PeriodReturns;
import dev.tradewind.research.ResearchFiles;
import dev.tradewind.research.StrategyRunner;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.Num;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradewind monte-carlo}: resample a backtest's trades or returns and report the spread of outcomes. */
@Command(name = "monte-carlo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Monte Carlo of one backtest: trade-order reshuffling, trade bootstrap or a block bootstrap of returns (seeded).",
                "Reports percentiles of final equity and maximum drawdown, and the probability of ruin."})
public final class MonteCarloCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RunOptions run;

    @Option(names = "--method", defaultValue = "shuffle", description = "shuffle (default: trade order), trades (bootstrap of trades) or returns (stationary bootstrap of period returns)")
    String method;
    @Option(names = "--paths", defaultValue = "10000", description = "simulated paths (default 10000)")
    int paths;
    @Option(names = "--seed", defaultValue = "1", description = "random seed (default 1)")
    long seed;
    @Option(names = "--ruin", defaultValue = "0.5", description = "drawdown that counts as ruin, a fraction (default 0.5)")
    double ruin;
    @Option(names = "--period", defaultValue = "1d", description = "returns method: return period, 1d (default) or e.g. 1h")
    String period;
    @Option(names = "--block", defaultValue = "5", description = "returns method: mean block length in periods (default 5; 1 = plain bootstrap)")
    double block;
    @Option(names = "--out", paramLabel = "DIR", description = "write montecarlo.json and paths.csv (every path's final equity and max drawdown)")
    Path out;
    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Override
    public Integer call() {
        MonteCarlo.Method m = switch (method.toLowerCase(Locale.ROOT)) {
            case "shuffle" -> MonteCarlo.Method.SHUFFLE;
            case "trades" -> MonteCarlo.Method.TRADES;
            case "returns" -> MonteCarlo.Method.RETURNS;
            default -> throw new UserError("--method: expected shuffle, trades or returns, got '" + method + "'");
        };
        if (paths < 1 || paths > 10_000_000) throw new UserError("--paths: expected 1 to 10000000, got " + paths);
        if (!(ruin > 0 && ruin <= 1)) throw new UserError("--ruin: expected a fraction in (0, 1], got " + ruin);
        if (!(block >= 1)) throw new UserError("--block: expected >= 1, got " + block);
        StrategyRunner runner = StrategyRunner.load(run.config(), PeriodReturns.parse(period));
        StrategyRunner.Outcome o = runner.run(run.params());
        double cash = runner.data().engine().startingCash();
        double[] input;
        if (m == MonteCarlo.Method.RETURNS) {
            input = o.returns();
        } else {
            List<Trade> trades = o.result().trades();
            double[] pnl = new double[trades.size()];
            for (int i = 0; i < pnl.length; i++) pnl[i] = trades.get(i).netPnl();
            input = MonteCarlo.tradeReturns(pnl, cash);
        }
        if (input.length < 2) throw new UserError("the backtest has " + input.length + (m == MonteCarlo.Method.RETURNS ? " returns" : " closed trades") + "; Monte Carlo needs at least 2");
        MonteCarlo.Result r = MonteCarlo.simulate(m, input, cash, paths, seed, block, ruin);
        Map<String, Object> summary = summary(r, o, input.length);
        if (out != null) {
            ResearchFiles.json(out.resolve("montecarlo.json"), summary);
            ResearchFiles.csv(out.resolve("paths.csv"), List.of("rank", "final_equity", "max_drawdown"), w -> {
                for (int i = 0; i < r.paths(); i++) w.writeRecord(Integer.toString(i + 1), Num.plain(r.finalEquity()[i]), Num.plain(r.maxDrawdown()[i]));
            });
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json) w.print(Json.pretty(summary));
        else {
            w.println("Monte Carlo (" + method + ", " + paths + " paths, seed " + seed + ") of " + run.strategy() + " " + o.params()
                    + ": " + input.length + (m == MonteCarlo.Method.RETURNS ? " returns of " + period : " trades"));
            w.println("Backtest: final equity " + Num.fixed(o.statistics().finalEquity(), 2) + ", max drawdown "
                    + Num.percent(o.statistics().maxDrawdown()));
            w.println();
            w.printf(java.util.Locale.ROOT, "%-12s %16s %14s%n", "percentile", "final equity", "max drawdown");
            for (double p : MonteCarlo.PERCENTILES) {
                w.printf(java.util.Locale.ROOT, "%-12s %16s %14s%n", Num.plain(p) + "%", Num.fixed(r.finalEquityPercentile(p), 2), Num.percent(r.maxDrawdownPercentile(p)));
            }
            w.println();
            w.println("Probability of ruin (drawdown >= " + Num.percent(ruin) + "): " + Num.fixed(r.ruin(), 4));
            if (m == MonteCarlo.Method.SHUFFLE) w.println("(reshuffling keeps the final equity: only the order, and so the drawdowns, change)");
            if (out != null) w.println("Files written to " + out);
        }
        w.flush();
        return 0;
    }

    private Map<String, Object> summary(MonteCarlo.Result r, StrategyRunner.Outcome o, int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", run.strategy());
        m.put("params", o.params());
        m.put("method", method);
        m.put("paths", r.paths());
        m.put("seed", seed);
        m.put("samples", n);
        m.put("backtest_final_equity", o.statistics().finalEquity());
        m.put("backtest_max_drawdown", o.statistics().maxDrawdown());
        List<Map<String, Object>> pct = new ArrayList<>();
        for (double p : MonteCarlo.PERCENTILES) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("percentile", p);
            row.put("final_equity", r.finalEquityPercentile(p));
            row.put("max_drawdown", r.maxDrawdownPercentile(p));
            pct.add(row);
        }
        m.put("percentiles", pct);
        m.put("ruin_drawdown", r.ruinLevel());
        m.put("probability_of_ruin", r.ruin());
        return m;
    }
}
