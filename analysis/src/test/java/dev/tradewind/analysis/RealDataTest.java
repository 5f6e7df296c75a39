package dev.tradewind.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.metrics.Statistics;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.Outputs;
import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.runner.RunConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trades from backtests of the built-in strategies on the bundled data (S&P 500 2000-2020 and Oracle 1995-2014 daily
 * bars), written by {@link Outputs#write} as a backtest with {@code --out} writes them, then analyzed and weighted.
 */
class RealDataTest {
    @TempDir static Path dir;
    static final Map<String, Backtester.Outcome> RUNS = new LinkedHashMap<>();
    static final List<Path> FILES = new ArrayList<>();

    static RunConfig config(String data, String strategy, Map<String, String> params) {
        RunConfig d = RunConfig.defaults();
        return new RunConfig("../sample-data/" + data, null, null, d.zone(), d.priceColumn(), d.badRows(), null, null, strategy,
                null, new LinkedHashMap<>(params), d.cash(), new RunConfig.CommissionConfig(0.05, 0, 0), 2, d.fill(),
                d.instrument(), d.gaps(), d.factors());
    }

    @BeforeAll
    static void backtest() {
        run("sma-spx", config("sp500-2000.csv.gz", "sma-cross", Map.of("fast", "20", "slow", "100")));
        run("rsi-spx", config("sp500-2000.csv.gz", "rsi-reversion", Map.of()));
        run("donchian-orcl", config("orcl-1995-2014.txt.gz", "donchian-breakout", Map.of()));
        run("ema-orcl", config("orcl-1995-2014.txt.gz", "ema-cross", Map.of()));
    }

    static void run(String name, RunConfig c) {
        Backtester.Outcome o = Backtester.run(c, null);
        Outputs.write(dir.resolve(name), o);
        RUNS.put(name, o);
        FILES.add(dir.resolve(name).resolve("trades.csv"));
    }

    static Analysis analysis() {
        List<TradeRow> rows = new ArrayList<>();
        for (Path f : FILES) rows.addAll(TradeCsv.read(f, ZoneOffset.UTC));
        return Analysis.of(rows, AnalysisOptions.DEFAULT);
    }

    @Test
    void tradeStatisticsEqualTheBacktestsOwn() {
        Analysis a = analysis();
        assertThat(a.names()).containsExactlyElementsOf(RUNS.keySet());
        assertThat(a.grid().weekends()).isFalse();
        assertThat(a.periodsPerYear()).isEqualTo(252);
        for (int i = 0; i < a.size(); i++) {
            Backtester.Outcome o = RUNS.get(a.names().get(i));
            Statistics s = o.statistics();
            Summary m = a.summary(i);
            assertThat(m.trades()).as(a.names().get(i)).isEqualTo(s.trades()).isGreaterThan(10);
            // the same trades in the same order through the same formulas: equal to the last bit
            assertThat(m.pctWinners()).isEqualTo(s.winRate());
            assertThat(m.expectancy()).isEqualTo(s.expectancy());
            assertThat(m.avgWin()).isEqualTo(s.avgWin());
            assertThat(m.avgLoss()).isEqualTo(s.avgLoss());
            assertThat(m.profitFactor()).isEqualTo(s.profitFactor());
            // closed-trade PnL = the account's PnL without the open trade's, to the cent (the engine's attribution of
            // costs to trades differs from the account by 1.6e-4 on rsi-spx)
            double open = o.result().openTradePnl();
            assertThat(m.netProfit()).isCloseTo(s.netProfit() - open, within(0.01));
            assertThat(a.equity()[i][a.grid().size() - 1]).isCloseTo(s.finalEquity() - open, within(0.01));
        }
        Summary c = a.combined().summary();
        int trades = 0;
        double net = 0;
        for (int i = 0; i < a.size(); i++) {
            trades += a.summary(i).trades();
            net += a.summary(i).netProfit();
        }
        assertThat(c.trades()).isEqualTo(trades);
        assertThat(c.netProfit()).isCloseTo(net, within(1e-9));
    }

    @Test
    void minuteBarsOfMarketsThatTradeEveryDay() {
        List<TradeRow> rows = new ArrayList<>();
        for (String[] run : new String[][] {{"FILUSDT-1m-2023-08.csv.gz", "sma-cross"}, {"NEARUSDT-1m-2023-08.csv.gz", "opening-range-breakout"}}) {
            Backtester.Outcome o = Backtester.run(config(run[0], run[1], Map.of()), null);
            Path out = dir.resolve("minute").resolve(run[1]);
            Outputs.write(out, o);
            rows.addAll(TradeCsv.read(out.resolve("trades.csv"), ZoneOffset.UTC));
            assertThat(o.statistics().trades()).isGreaterThan(10);
        }
        Analysis a = Analysis.of(rows, AnalysisOptions.DEFAULT);
        assertThat(a.names()).containsExactly("sma-cross", "opening-range-breakout");
        assertThat(a.grid().weekends()).isTrue();
        assertThat(a.periodsPerYear()).isEqualTo(365);
        assertThat(a.grid().date(a.grid().size() - 1).toString()).startsWith("2023-08-3");
        assertThat(a.grid().size()).isBetween(29, 31);
        for (int i = 0; i < 2; i++) assertThat(a.summary(i).pctWeeksProfitable()).isBetween(0.0, 1.0);
        double[] w = Weighting.compute(a, new WeightMethod.RiskParityMethod(), 0).weights();
        assertThat(RiskParity.contributions(a.covariance(), w)).containsOnly(new double[] {0.5}, within(1e-9));
    }

    @Test
    void correlationIsPearsonOfTheDailyReturns() {
        Analysis a = analysis();
        double[][] r = a.returns();
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < a.size(); j++) {
                assertThat(a.correlation()[i][j]).isCloseTo(naivePearson(r[i], r[j]), within(1e-9));
            }
        }
    }

    /** The one-pass textbook formula, independent of {@link Sample}'s two-pass one. */
    static double naivePearson(double[] x, double[] y) {
        int n = x.length;
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (int t = 0; t < n; t++) {
            sx += x[t];
            sy += y[t];
            sxx += x[t] * x[t];
            syy += y[t] * y[t];
            sxy += x[t] * y[t];
        }
        return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    }

    @Test
    void everyMethodWeightsTheRealStrategies() {
        Analysis a = analysis();
        Map<String, double[]> w = new LinkedHashMap<>();
        for (WeightMethod m : List.of(new WeightMethod.Equal(), new WeightMethod.InverseVolatility(),
                new WeightMethod.RiskParityMethod(), new WeightMethod.MaxSortinoMethod())) {
            double[] x = Weighting.compute(a, m, 0).weights();
            assertThat(Weighting.sum(x)).as(m.name()).isCloseTo(1, within(1e-12));
            for (double v : x) assertThat(v).as(m.name()).isBetween(0.0, 1.0);
            w.put(m.name(), x);
        }
        assertThat(RiskParity.contributions(a.covariance(), w.get("risk-parity"))).containsOnly(new double[] {0.25}, within(1e-9));
        double best = MaxSortino.ratio(a.returns(), w.get("max-sortino"));
        for (double[] x : w.values()) assertThat(MaxSortino.ratio(a.returns(), x)).isLessThanOrEqualTo(best + 1e-12);
        for (int i = 0; i < a.size(); i++) {
            double[] single = new double[a.size()];
            single[i] = 1;
            assertThat(MaxSortino.ratio(a.returns(), single)).isLessThanOrEqualTo(best + 1e-12);
        }
        double[] binary = Weighting.compute(a, new WeightMethod.Binary("net_profit", 0), 0).weights();
        int winners = 0;
        for (int i = 0; i < a.size(); i++) winners += a.summary(i).netProfit() > 0 ? 1 : 0;
        for (int i = 0; i < a.size(); i++) assertThat(binary[i]).isEqualTo(a.summary(i).netProfit() > 0 ? 1.0 / winners : 0);
    }

    @Test
    void theProductionConfigHoldsTheWeightedCandidatesReadyForAPortfolioRun() throws Exception {
        List<PortfolioConfig.Member> members = new ArrayList<>();
        for (var e : RUNS.entrySet()) {
            RunConfig c = e.getValue().config();
            members.add(new PortfolioConfig.Member(e.getKey(), c.strategy(), c.symbol(), c.data(), "1d", c.params(), 0, true, c.instrument()));
        }
        PortfolioConfig candidates = new PortfolioConfig(10_000, new RunConfig.CommissionConfig(0.05, 0, 0), 2, "next-open", members);
        Path config = dir.resolve("candidates.json");
        Files.writeString(config, Json.pretty(candidates));
        Path out = dir.resolve("weighted");
        AnalysisRun.Response r = AnalysisRun.run(new AnalysisRun.Request(FILES, null, AnalysisOptions.DEFAULT,
                new WeightMethod.Binary("net_profit", 0), 0, config, out));
        PortfolioConfig written = Json.read(out.resolve("portfolio.json"), PortfolioConfig.class);
        assertThat(written).isEqualTo(r.production());
        assertThat(written.cash()).isEqualTo(10_000);
        assertThat(written.commission()).isEqualTo(candidates.commission());
        List<PortfolioConfig.Member> expected = new ArrayList<>();
        double[] weights = r.weights().weights();
        int winners = 0;
        for (int i = 0; i < members.size(); i++) {
            if (weights[i] > 0) {
                PortfolioConfig.Member m = members.get(i);
                expected.add(new PortfolioConfig.Member(m.id(), m.strategy(), m.symbol(), m.data(), m.timeframe(), m.params(),
                        weights[i], true, m.instrument()));
                winners++;
            }
        }
        assertThat(winners).isBetween(1, members.size() - 1); // the data makes both winners and losers
        assertThat(written.strategies()).isEqualTo(expected);
        for (PortfolioConfig.Member m : written.strategies()) assertThat(m.weight()).isEqualTo(1.0 / winners);
        // results.json: every strategy's statistics and weight
        var results = Json.MAPPER.readTree(out.resolve("results.json").toFile());
        assertThat(results.get("strategies")).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(results.get("strategies").get(i).get("weight").asDouble()).isEqualTo(weights[i]);
            assertThat(results.get("strategies").get(i).get("sortino").asDouble()).isEqualTo(r.analysis().summary(i).sortino());
        }
        assertThat(results.get("weighting").get("method").asText()).isEqualTo("binary");
        assertThat(Files.readAllLines(out.resolve("equity.csv"))).hasSize(r.analysis().grid().size() + 1)
                .first().isEqualTo("date,sma-spx,rsi-spx,donchian-orcl,ema-orcl,combined");
        assertThat(Files.readAllLines(out.resolve("correlation.csv"))).hasSize(5);
    }
}
