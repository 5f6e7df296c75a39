package dev.tradewind.engine;

import dev.tradewind.model.BacktestResult;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import dev.tradewind.model.Trade;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Ledger identities and determinism over random strategies on random data, spot and futures. */
class LedgerPropertiesTest {

    @Property(tries = 200)
    void equityIsCashPlusPositionValueAtEveryBar(@ForAll @LongRange(min = 1) long seed, @ForAll boolean future,
            @ForAll @IntRange(min = 20, max = 400) int n) {
        Instrument inst = instrument(future);
        BarSeries bars = randomBars(seed, n);
        BacktestResult r = new Engine(config(inst, seed)).backtest(new RandomTrader(seed), Map.of(), bars);
        for (int i = 0; i < r.bars(); i++) {
            double value = future ? 0 : r.position().at(i) * bars.close()[i] * inst.multiplier();
            assertThat(r.equity()[i]).as("bar %d", i).isCloseTo(r.cash().at(i) + value, within(r.equity()[i]));
        }
    }

    @Property(tries = 200)
    void closedTradesPlusOpenTradeExplainTheWholeChange(@ForAll @LongRange(min = 1) long seed, @ForAll boolean future,
            @ForAll @IntRange(min = 20, max = 400) int n) {
        BarSeries bars = randomBars(seed, n);
        BacktestResult r = new Engine(config(instrument(future), seed)).backtest(new RandomTrader(seed), Map.of(), bars);
        double closed = r.trades().stream().mapToDouble(Trade::netPnl).sum();
        double change = r.finalEquity() - r.startingCash() - r.openTradePnl();
        assertThat(closed).isCloseTo(change, within(r.startingCash()));
    }

    @Property(tries = 50)
    void sameInputsGiveIdenticalOutputs(@ForAll @LongRange(min = 1) long seed, @ForAll boolean future) {
        assertRandomTraderRunsAs(new RandomTrader(seed), seed, future);
    }

    @Property(tries = 100)
    void fillsTakenAsColumnsGiveTheRunOfFillObjects(@ForAll @LongRange(min = 1) long seed, @ForAll boolean future) {
        // a strategy with onOrder has its run take each fill as an object (it hears the event); one without, as fields
        assertRandomTraderRunsAs(new HearingTrader(seed), seed, future);
    }

    /** {@link RandomTrader} of {@code seed} and {@code other} give the same run on the same bars and engine. */
    private static void assertRandomTraderRunsAs(Strategy other, long seed, boolean future) {
        BarSeries bars = randomBars(seed, 300);
        Engine engine = new Engine(config(instrument(future), seed));
        assertSameRun(engine.backtest(new RandomTrader(seed), Map.of(), bars), engine.backtest(other, Map.of(), bars));
    }

    private static void assertSameRun(BacktestResult a, BacktestResult b) {
        assertThat(a.ordersHash()).isEqualTo(b.ordersHash());
        assertThat(a.fills()).isEqualTo(b.fills());
        assertThat(a.events()).isEqualTo(b.events());
        assertThat(a.trades()).isEqualTo(b.trades());
        assertThat(Arrays.equals(a.equity(), b.equity())).isTrue();
        assertThat(a.finalCash()).isEqualTo(b.finalCash());
    }

    /** {@link RandomTrader} that hears its order events (and does nothing with them). */
    static final class HearingTrader implements Strategy {
        private final RandomTrader trader;

        HearingTrader(long seed) { this.trader = new RandomTrader(seed); }

        @Override public void onBar(Context c) { trader.onBar(c); }

        @Override public void onOrder(Context c, dev.tradewind.model.OrderEvent e) { }
    }

    private static org.assertj.core.data.Offset<Double> within(double scale) {
        return org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(scale)));
    }

    private static Instrument instrument(boolean future) {
        return future ? new Instrument("F", Instrument.Kind.FUTURE, 0.25, 1, 50, 0.05, 0.03, 0)
                : new Instrument("S", Instrument.Kind.SPOT, 0.01, 0.001, 1, 1);
    }

    private static EngineConfig config(Instrument inst, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        SameBarPolicy[] policies = {SameBarPolicy.STOP_FIRST, SameBarPolicy.TARGET_FIRST, SameBarPolicy.NEAREST_TO_OPEN};
        Execution exec = Execution.DEFAULT.withVolumeShare(r.nextBoolean() ? 0 : 0.05 + r.nextDouble(0.5))
                .withLatency(r.nextInt(3) == 0 ? 1 : 0, 0)
                .withSlippage(r.nextBoolean() ? SlippageModel.bps(r.nextInt(20)) : SlippageModel.atr(r.nextDouble(0.3)))
                .withSameBar(policies[r.nextInt(3)], null);
        AccountRules account = AccountRules.DEFAULT.withFunding(Funding.constant(r.nextDouble(-0.001, 0.001)))
                .withBorrow(r.nextDouble(20)).withLiquidationFee(r.nextDouble(1));
        RiskLimits risk = r.nextBoolean() ? RiskLimits.NONE
                : RiskLimits.NONE.withDailyLoss(2).withMaxDrawdown(20, r.nextBoolean()).withSignalsPer(RiskLimits.Period.DAY);
        return EngineConfig.of(inst, 100_000)
                .withCommission(new Commission(r.nextDouble(0.2), r.nextDouble(-0.01, 0.1), r.nextDouble(2), r.nextDouble(0.01),
                        r.nextDouble(1)))
                .withFillMode(r.nextBoolean() ? FillMode.NEXT_OPEN : FillMode.CLOSE)
                .withExecution(exec).withAccount(account).withRisk(risk);
    }

    static BarSeries randomBars(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        double p = 100;
        for (int i = 0; i < n; i++) {
            t[i] = 1_700_000_000_000_000_000L + i * 3_600_000_000_000L;
            o[i] = Math.rint((p * (1 + r.nextGaussian() * 0.01)) * 100) / 100;
            c[i] = Math.rint((o[i] * (1 + r.nextGaussian() * 0.02)) * 100) / 100;
            h[i] = Math.max(o[i], c[i]) + Math.rint(r.nextDouble(2) * 100) / 100;
            l[i] = Math.min(o[i], c[i]) - Math.rint(r.nextDouble(2) * 100) / 100;
            v[i] = r.nextInt(1000) + 1;
            p = c[i];
        }
        return new BarSeries("X", t, o, h, l, c, v);
    }

    /** Sends random orders of every type, cancels and flattens at random. */
    static final class RandomTrader implements Strategy {
        private final SplittableRandom r;

        RandomTrader(long seed) { this.r = new SplittableRandom(seed); }

        @Override
        public void onBar(Context c) {
            Side side = r.nextBoolean() ? Side.BUY : Side.SELL;
            double q = 1 + r.nextInt(20) * 0.5;
            double px = c.close() * (1 + (r.nextDouble() - 0.5) * 0.06);
            TimeInForce tif = r.nextBoolean() ? TimeInForce.GTC : TimeInForce.DAY;
            TimeInForce[] tifs = TimeInForce.values();
            if (r.nextInt(4) == 0) tif = tifs[r.nextInt(tifs.length)];
            double sl = c.close() * (side == Side.BUY ? 0.97 : 1.03);
            double tp = c.close() * (side == Side.BUY ? 1.04 : 0.96);
            switch (r.nextInt(16)) {
                case 0, 1 -> c.submit(side, OrderType.MARKET, q, Double.NaN, Double.NaN, tif, "");
                case 2 -> c.submit(side, OrderType.LIMIT, q, px, Double.NaN, tif, "");
                case 3 -> c.submit(side, OrderType.STOP, q, Double.NaN, px, tif, "");
                case 4 -> c.submit(side, OrderType.STOP_LIMIT, q, px * 1.01, px, tif, "");
                case 5 -> c.cancel(1 + r.nextInt(Math.max(1, c.barIndex())));
                case 6 -> { if (r.nextInt(4) == 0) c.flatten(); }
                case 7 -> c.order(side, q).stopLoss(sl).takeProfit(tp).submit();
                case 8 -> c.order(side, q).limit(px).stopLoss(sl).submit();
                case 9 -> c.order(side, q).trailing(1 + r.nextInt(3), dev.tradewind.model.TrailUnit.values()[1 + r.nextInt(3)]).submit();
                case 10 -> c.order(side, q).onClose().submit();
                case 11 -> c.order(side, q).limitIfTouched(px, px * 1.005).submit();
                case 12 -> c.order(side, q).reduceOnly().submit();
                case 13 -> c.order(side, q).limit(px).postOnly().goodTill(c.time() + 3 * 3_600_000_000_000L).submit();
                case 14 -> { if (r.nextInt(20) == 0) c.block(dev.tradewind.strategy.Block.restOfDay()); }
                default -> { }
            }
        }
    }
}
