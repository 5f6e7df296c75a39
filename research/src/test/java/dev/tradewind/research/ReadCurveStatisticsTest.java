package dev.tradewind.research;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.examples.Builtins;
import dev.tradewind.metrics.RunInput;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.metrics.StatisticsCalculator;
import dev.tradewind.metrics.StatisticsOptions;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Trade;
import dev.tradewind.strategy.Desk;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sweep's trial ({@link StrategyRunner#runReusing}) reads its drawdowns and exposure as the run writes its curve and
 * computes the rest from the columns: on every built-in spot strategy, run after run into the same thread's curve, its
 * statistics and daily returns must equal those of {@code tradewind backtest}'s path (a {@link RunInput} with
 * {@code inPosition = position != 0} over a fresh run's curve), bit for bit, with the same orders (their hash) and
 * trades, while it keeps no order events, fills or signals.
 */
class ReadCurveStatisticsTest {

    static Stream<String> spotBuiltins() {
        return Builtins.all().entrySet().stream().filter(e -> !e.getValue().isAnnotationPresent(Desk.class)).map(Map.Entry::getKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spotBuiltins")
    void aTrialsStatisticsEqualTheBacktestsOnEveryBuiltin(String name) {
        StrategyRunner runner = Fixtures.fil(name);
        StatisticsOptions options = StatisticsOptions.DEFAULT.withZone(runner.data().zone());
        double cash = runner.data().engine().startingCash();
        boolean excursionsSeen = false;
        for (int round = 0; round < 2; round++) { // the second round runs into the curve the first one left
            for (Map<String, String> params : paramsOf(name)) {
                StrategyRunner.Outcome trial = runner.runReusing(params);
                BacktestResult fresh = runner.run(params).result();
                boolean[] in = new boolean[fresh.bars()];
                for (int i = 0; i < in.length; i++) in[i] = fresh.position().at(i) != 0;
                RunInput input = new RunInput(fresh.time(), fresh.equity(), in, fresh.trades(), cash, fresh.finalCash());
                Statistics expected = StatisticsCalculator.compute(input, options);
                assertThat(trial.statistics()).as("%s %s", name, params).isEqualTo(expected);
                assertThat(trial.statistics().trades()).isEqualTo(fresh.trades().size());
                assertThat(trial.returns()).containsExactly(runner.period().of(input, runner.data().zone()));
                // the trial tracks no excursions: the same trades but for MAE and MFE, which read NaN
                java.util.List<Trade> trades = trial.result().trades();
                assertThat(trades).hasSize(fresh.trades().size());
                for (int k = 0; k < trades.size(); k++) {
                    Trade t = trades.get(k);
                    Trade f = fresh.trades().get(k);
                    assertThat(t.mae()).isNaN();
                    assertThat(t.mfe()).isNaN();
                    assertThat(new Trade(t.id(), t.symbol(), t.side(), t.quantity(), t.entryTime(), t.entryPrice(), t.exitTime(),
                            t.exitPrice(), t.grossPnl(), t.costs(), t.netPnl(), f.mae(), f.mfe(), t.barsHeld())).isEqualTo(f);
                }
                excursionsSeen |= fresh.trades().stream().anyMatch(t -> t.mae() < 0 && t.mfe() > 0);
                // the same orders, executed alike; no order events, fills or signals kept
                assertThat(trial.result().ordersHash()).isEqualTo(fresh.ordersHash());
                assertThat(trial.result().events()).isEmpty();
                assertThat(trial.result().fills()).isEmpty();
                assertThat(trial.result().signals()).isEmpty();
                if (!fresh.trades().isEmpty()) assertThat(fresh.fills()).isNotEmpty();
            }
        }
        if (!fresh(name)) return;
        assertThat(excursionsSeen).as("%s: the fresh runs' trades have excursions to compare", name).isTrue();
    }

    /** Builtins whose default runs trade on the bundled file. */
    private static boolean fresh(String name) { return name.equals("sma-cross") || name.equals("ema-cross"); }

    /** The defaults, and for the crossovers a pair that trades more often. */
    private static Iterable<Map<String, String>> paramsOf(String name) {
        return switch (name) {
            case "sma-cross", "ema-cross" -> java.util.List.of(Map.of(), Map.of("fast", "3", "slow", "7"), Map.of("fast", "20", "slow", "90"));
            default -> java.util.List.of(Map.of());
        };
    }
}
