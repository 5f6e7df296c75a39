package dev.tradewind.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import dev.tradewind.model.TrailUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Volume caps, time in force, latency and the order types beyond the basics, as event transcripts. */
class FillTranscriptTest {
    static final long DAY = 86_400_000_000_000L;
    static final long T0 = 19_723L * DAY;
    static final Instrument SPOT = new Instrument("TEST", Instrument.Kind.SPOT, 0.01, 1, 1, 1, 0.5, 0);
    static final BarSeries BARS = Scripted.series(T0, DAY,
            new double[] {100, 101, 99, 100, 100},
            new double[] {100, 101, 97, 100, 100},
            new double[] {102, 106, 101, 105, 100},
            new double[] {104, 105, 102, 103, 100},
            new double[] {103, 104, 102, 103, 100});

    private static Scripted run(Scripted s, EngineConfig config) {
        new Engine(config).backtest(s, Map.of(), BARS);
        return s;
    }

    private static EngineConfig capped() {
        return EngineConfig.of(SPOT, 100_000).withExecution(Execution.DEFAULT.withVolumeShare(0.1));
    }

    @Test
    void aPartialFillAcrossThreeBars() {
        Scripted s = run(new Scripted().at(0, c -> c.buy(25)), capped());
        assertThat(s.events).containsExactly(
                "bar 0 #1 accepted",
                "bar 1 #1 filled BUY 10.0 @ 100.0 fee 0.0",
                "bar 2 #1 filled BUY 10.0 @ 102.0 fee 0.0",
                "bar 3 #1 filled BUY 5.0 @ 104.0 fee 0.0");
    }

    @Test
    void iocTakesWhatTheCapAllowsAndExpiresTheRest() {
        Scripted s = run(new Scripted().at(0, c -> c.order(Side.BUY, 25).tif(TimeInForce.IOC).submit()), capped());
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 filled BUY 10.0 @ 100.0 fee 0.0", "bar 1 #1 expired");
    }

    @Test
    void fokExpiresUnlessTheCapAllowsAllOfIt() {
        Scripted big = run(new Scripted().at(0, c -> c.order(Side.BUY, 25).tif(TimeInForce.FOK).submit()), capped());
        assertThat(big.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 expired");
        Scripted small = run(new Scripted().at(0, c -> c.order(Side.BUY, 8).tif(TimeInForce.FOK).submit()), capped());
        assertThat(small.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 filled BUY 8.0 @ 100.0 fee 0.0");
    }

    @Test
    void latencyDelaysTheFirstFill() {
        Scripted s = run(new Scripted().at(0, c -> c.buy(1)),
                EngineConfig.of(SPOT, 10_000).withExecution(Execution.DEFAULT.withLatency(1, 0)));
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 2 #1 filled BUY 1.0 @ 102.0 fee 0.0");
        Scripted t = run(new Scripted().at(0, c -> c.buy(1)),
                EngineConfig.of(SPOT, 10_000).withExecution(Execution.DEFAULT.withLatency(0, DAY * 3)));
        // the order is decided when bar 0 closes (day 1), so 3 days of latency end at day 4: it fills at bar 4's open
        // (issue 13: latency counted from the bar's open, day 0, filled it at bar 3)
        assertThat(t.events).containsExactly("bar 0 #1 accepted", "bar 4 #1 filled BUY 1.0 @ 103.0 fee 0.0");
    }

    @Test
    void trailingStopFollowsTheHighAndNeverMovesBack() {
        // long from bar 1's open; trail 3 below the best price: 97 from the close of bar 1, 103 after bar 2's high
        // of 106; bar 3's low of 102 reaches it
        Scripted s = run(new Scripted().at(0, c -> c.buy(1))
                .at(1, c -> c.order(Side.SELL, 1).trailing(3, TrailUnit.PRICE).submit()), EngineConfig.of(SPOT, 10_000));
        assertThat(s.events).containsSubsequence("bar 1 #2 accepted", "bar 3 #2 filled SELL 1.0 @ 103.0 fee 0.0");
    }

    @Test
    void marketOnCloseAndMarketOnOpen() {
        Scripted s = run(new Scripted().at(0, c -> c.order(Side.BUY, 1).onClose().submit()), EngineConfig.of(SPOT, 10_000));
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 0 #1 filled BUY 1.0 @ 100.0 fee 0.0");
        Scripted o = run(new Scripted().at(0, c -> c.order(Side.BUY, 1).onOpen().submit()),
                EngineConfig.of(SPOT, 10_000).withFillMode(FillMode.CLOSE));
        assertThat(o.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 filled BUY 1.0 @ 100.0 fee 0.0");
    }

    @Test
    void limitIfTouchedTriggersOnTheTouchAndFillsAsALimit() {
        Scripted s = run(new Scripted().at(0, c -> c.order(Side.BUY, 1).limitIfTouched(98, 98.5).submit()),
                EngineConfig.of(SPOT, 10_000));
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 triggered", "bar 1 #1 filled BUY 1.0 @ 98.0 fee 0.0");
    }

    @Test
    void postOnlyIsRejectedWhenItWouldTakeLiquidityAndPaysMakerFeesOtherwise() {
        EngineConfig fees = EngineConfig.of(SPOT, 10_000).withCommission(new Commission(0.1, 0.02, 0, 0, 0));
        Scripted s = run(new Scripted().at(0, c -> c.order(Side.BUY, 10).limit(100.5).postOnly().submit())
                .at(0, c -> c.order(Side.BUY, 10).limit(98).postOnly().submit()), fees);
        // 10 x 98 x 0.02% = 0.196
        assertThat(s.events).containsExactly(
                "bar 0 #1 rejected: post-only order would take liquidity (limit 100.5, last price 100.0)",
                "bar 0 #2 accepted",
                "bar 1 #2 filled BUY 10.0 @ 98.0 fee 0.196");
    }

    @Test
    void aLimitMarketableOnArrivalPaysTakerAndAMinimumFeeApplies() {
        EngineConfig fees = EngineConfig.of(SPOT, 10_000).withCommission(new Commission(0.1, 0.02, 0, 0, 1.5));
        Scripted s = run(new Scripted().at(1, c -> c.buyLimit(1, 103)), fees);
        // gap through the limit on its first bar: fills at the open 102, taker 0.102, raised to the 1.5 minimum
        assertThat(s.events).containsExactly("bar 1 #1 accepted", "bar 2 #1 filled BUY 1.0 @ 102.0 fee 1.5");
    }

    @Test
    void gtdExpiresAtItsTime() {
        Scripted s = run(new Scripted().at(0, c -> c.order(Side.BUY, 1).limit(50).goodTill(T0 + 2 * DAY).submit()),
                EngineConfig.of(SPOT, 10_000));
        assertThat(s.events).containsExactly("bar 0 #1 accepted", "bar 2 #1 expired");
    }

    @Test
    void reduceOnlyNeverOpensOrIncreasesAPosition() {
        Scripted flat = run(new Scripted().at(0, c -> c.order(Side.SELL, 1).reduceOnly().submit()), EngineConfig.of(SPOT, 10_000));
        assertThat(flat.events).containsExactly("bar 0 #1 accepted", "bar 1 #1 expired");
        Scripted cut = run(new Scripted().at(0, c -> c.buy(1)).at(1, c -> c.order(Side.SELL, 3).reduceOnly().submit()),
                EngineConfig.of(SPOT, 10_000));
        assertThat(cut.events).contains("bar 2 #2 filled SELL 1.0 @ 102.0 fee 0.0", "bar 2 #2 expired");
    }

    @Test
    void slippageModelsMoveTakerFillsAgainstTheOrder() {
        Execution spread = Execution.DEFAULT.withSlippage(SlippageModel.spread(0.5));
        Scripted s = run(new Scripted().at(0, c -> c.buy(1)), EngineConfig.of(SPOT, 10_000).withExecution(spread));
        assertThat(s.events).contains("bar 1 #1 filled BUY 1.0 @ 100.25 fee 0.0");
        assertThat(SlippageModel.atr(0.5).price(Side.SELL, 100, 1, 1000, 2)).isEqualTo(99.0);
        // 0.1 x (2 / 100) x sqrt(400 / 1000) = 0.0012649 of the price
        assertThat(SlippageModel.squareRoot(0.1).price(Side.BUY, 100, 400, 1000, 2)).isCloseTo(100.12649, org.assertj.core.data.Offset.offset(1e-5));
    }
}
