package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.engine.BacktestResult;
import dev.tradewind.engine.Commission;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.Strategy;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden regression backtests: every built-in strategy on real bundled data, asserting its summary statistics and
 * the hash of its order list. A change in any number is a change in behaviour: explain it in the commit that
 * updates these values. The five strategy families (opening-range-breakout among them) have theirs in FamilyGoldenTest.
 */
class GoldenTest {

    record Golden(String name, Class<? extends Strategy> type, Map<String, String> params, String data, Instrument.Kind kind,
            double tick, double lot, Commission commission, double slippageBps,
            int trades, double finalEquity, double maxDrawdown, double sharpe, double winRate, String ordersHash) {
        @Override public String toString() { return name; }
    }

    static Stream<Arguments> goldens() {
        Commission binance = new Commission(0.04, 0, 0);
        Commission broker = new Commission(0.05, 1, 0);
        return Stream.of(
                new Golden("sma-cross FILUSDT 1m", SmaCross.class, Map.of("fast", "60", "slow", "240"),
                        "FILUSDT-1m-2023-08.csv.gz", Instrument.Kind.FUTURE, 0.001, 0.1, binance, 1,
                        130, 8016.928716239948, 0.23174510662481307, -10.537018377547426, 0.25384615384615383, "8c037d7501e4830d476c57c7ca9147060d9d25868d305a2bae031785c7efb875"),
                new Golden("ema-cross ORCL 1d", EmaCross.class, Map.of(), "orcl-1995-2014.txt.gz",
                        Instrument.Kind.SPOT, 0.01, 1, broker, 2,
                        179, 7299.379695999982, 0.830281713068854, 0.0500495577068502, 0.24581005586592178, "3342d2b82b208b3dddb3efdd8d5960e02d3521d2734edd5049dc0df616660a15"),
                new Golden("rsi-reversion S&P 500 1d", RsiReversion.class, Map.of("shorts", "true"), "sp500-2000.csv.gz",
                        Instrument.Kind.SPOT, 0.01, 0.01, broker, 2,
                        106, 10785.41678845002, 0.10163268703147964, 0.09930050454664177, 0.49056603773584906, "1fa785674c8679695eee94b446c9f68fb2c2077350e44fd8c4f7ea541d4d1191"),
                new Golden("donchian-breakout NEARUSDT 1m", DonchianBreakout.class, Map.of("entry", "120", "exit", "60"),
                        "NEARUSDT-1m-2023-08.csv.gz", Instrument.Kind.FUTURE, 0.001, 1, binance, 1,
                        147, 7275.749847199993, 0.2902841787190123, -11.406545046655381, 0.2108843537414966, "231f1da4320bdfca3ccf26eb8d53f2fb13741465eaf55e71ae50481ca9a2fa63")
        ).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void statisticsAndOrdersAreUnchanged(Golden g) throws Exception {
        var bars = Runs.load(g.data());
        EngineConfig config = EngineConfig.of(new Instrument(bars.symbol(), g.kind(), g.tick(), g.lot(), 1, 0.1), 10_000)
                .withCommission(g.commission()).withSlippageBps(g.slippageBps());
        BacktestResult r = Runs.run(g.type(), g.params(), bars, config);
        Statistics s = Runs.stats(r);
        assertThat(s.trades()).isGreaterThan(5);
        assertThat(s.trades()).isEqualTo(g.trades());
        assertThat(s.finalEquity()).isCloseTo(g.finalEquity(), within(1e-6));
        assertThat(s.maxDrawdown()).isCloseTo(g.maxDrawdown(), within(1e-9));
        assertThat(s.sharpe()).isCloseTo(g.sharpe(), within(1e-9));
        assertThat(s.winRate()).isCloseTo(g.winRate(), within(1e-12));
        assertThat(r.ordersHash()).isEqualTo(g.ordersHash());
    }
}
