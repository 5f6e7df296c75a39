package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.engine.Commission;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.RunSink;
import dev.tradewind.model.Series;
import dev.tradewind.model.Side;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The replay's signal-driven fast path ({@code ctx.onBarOnlyWhen}): a strategy that declares the signals it acts on
 * has the bars between them passed without its onBar, and trades exactly as when every bar is stepped. The reference
 * is the kernel fed one bar at a time by the event loop (paper trading's road), which calls onBar on every bar.
 * Real minute bars of August 2023 (31 days, so period PnL rolls by day, week and month), spot.
 */
class SignalFastPathTest {

    static Stream<Arguments> probes() {
        Random random = new Random(20231205);
        List<Arguments> cases = new ArrayList<>();
        for (String symbol : List.of("FILUSDT", "NEARUSDT")) {
            for (int k = 0; k < 5; k++) {
                int fast = 2 + random.nextInt(20);
                int slow = fast + 1 + random.nextInt(80);
                double stop = k % 2 == 0 ? 0 : 0.2 + random.nextInt(20) / 10.0;
                double target = k % 3 == 2 ? 0.3 + random.nextInt(20) / 10.0 : 0;
                boolean shorts = k % 2 == 1;
                cases.add(Arguments.of(symbol, fast, slow, stop, target, shorts));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} fast {1} slow {2} stop {3}% target {4}% shorts {5}")
    @MethodSource("probes")
    void aProbeThatDeclaresItsSignalsTradesAsWhenEveryBarIsStepped(String symbol, int fast, int slow, double stop,
            double target, boolean shorts) throws Exception {
        BarSeries bars = Families.bars(symbol, "1m");
        EngineConfig config = spot(symbol);
        Probe replayed = new Probe(fast, slow, stop, target, shorts);
        BacktestResult replay = new Engine(config).backtest(replayed, Map.of(), bars);
        Probe stepped = new Probe(fast, slow, stop, target, shorts);
        BacktestResult reference = Runs.stepByStep(config, stepped, Map.of(), bars, RunSink.NONE);

        assertThat(replay.trades()).hasSizeGreaterThan(20);
        assertSame(replay, reference);
        assertThat(replayed.seen).isEqualTo(stepped.seen); // period PnL, equity, position age read at each signal
        Probe everyBar = new Probe(fast, slow, stop, target, shorts);
        assertSame(new Engine(config).withEveryBarStepped().backtest(everyBar, Map.of(), bars), reference);
        assertThat(everyBar.calls).isEqualTo(stepped.calls);
        assertThat(stepped.calls).isGreaterThan(bars.size() - slow - 2);
        if (stop == 0 && target == 0) { // nothing works between signals: only signal bars and fill bars are stepped
            assertThat(replayed.calls).as("onBar calls with the fast path").isLessThan(stepped.calls / 3);
        } else { // a stop or target works while a position is open: those bars are all stepped
            assertThat(replayed.calls).isLessThanOrEqualTo(stepped.calls);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"FILUSDT", "NEARUSDT"})
    void theBuiltInCrossoversTradeAsWhenEveryBarIsStepped(String symbol) throws Exception {
        BarSeries bars = Families.bars(symbol, "1m");
        EngineConfig config = spot(symbol);
        for (Class<? extends Strategy> type : List.of(SmaCross.class, EmaCross.class)) {
            ParamSchema schema = ParamSchema.of(type);
            Map<String, String> params = type == EmaCross.class ? Map.of("shorts", "true") : Map.of();
            BacktestResult replay = new Engine(config).backtest(schema.create(params), params, bars);
            BacktestResult reference = Runs.stepByStep(config, schema.create(params), params, bars, RunSink.NONE);
            assertThat(replay.trades()).as(type.getSimpleName()).hasSizeGreaterThan(20);
            assertSame(replay, reference);
        }
    }

    @Test
    void gapsInTheDataChangeNothing() throws Exception {
        BarSeries whole = Families.bars("FILUSDT", "1m");
        BarSeries gapped = withHoles(whole, 977, 1_500, 20_011, 20_013, 33_333, 34_000);
        assertThat(gapped.size()).isEqualTo(whole.size() - 523 - 2 - 667);
        EngineConfig config = spot("FILUSDT");
        Probe replayed = new Probe(7, 33, 0, 0, true);
        Probe stepped = new Probe(7, 33, 0, 0, true);
        BacktestResult replay = new Engine(config).backtest(replayed, Map.of(), gapped);
        assertSame(replay, Runs.stepByStep(config, stepped, Map.of(), gapped, RunSink.NONE));
        assertThat(replayed.seen).isEqualTo(stepped.seen);
        assertThat(replayed.calls).isLessThan(stepped.calls / 3);
    }

    /** The bars without those in each range {@code [from, to)} of {@code holes} (pairs). */
    private static BarSeries withHoles(BarSeries b, int... holes) {
        int n = b.size();
        boolean[] keep = new boolean[n];
        java.util.Arrays.fill(keep, true);
        for (int k = 0; k < holes.length; k += 2) java.util.Arrays.fill(keep, holes[k], holes[k + 1], false);
        int m = 0;
        for (boolean x : keep) if (x) m++;
        long[] t = new long[m];
        double[][] cols = new double[5][m];
        double[][] src = {b.open(), b.high(), b.low(), b.close(), b.volume()};
        for (int i = 0, j = 0; i < n; i++) {
            if (!keep[i]) continue;
            t[j] = b.time()[i];
            for (int f = 0; f < 5; f++) cols[f][j] = src[f][i];
            j++;
        }
        return new BarSeries(b.symbol(), t, cols[0], cols[1], cols[2], cols[3], cols[4]);
    }

    @Test
    void aSinkHearsEveryBarOfAPassedStretch() throws Exception {
        BarSeries bars = Families.bars("NEARUSDT", "1m");
        EngineConfig config = spot("NEARUSDT");
        List<double[]> points = new ArrayList<>();
        long[] steps = new long[1];
        RunSink sink = new RunSink() {
            @Override public void equity(long time, double equity, double cash, double position) {
                points.add(new double[] {time, equity, cash, position});
            }

            @Override public void stepDone(long end) { steps[0]++; }
        };
        BacktestResult replay = new Engine(config).withSink(sink).backtest(new Probe(9, 40, 0.5, 0, true), Map.of(), bars);
        assertThat(points).hasSize(bars.size());
        assertThat(steps[0]).isEqualTo(bars.size());
        for (int i = 0; i < bars.size(); i++) {
            assertThat(points.get(i)[1]).isEqualTo(replay.equity()[i]);
            assertThat(points.get(i)[3]).isEqualTo(replay.position().at(i));
        }
        assertSame(replay, Runs.stepByStep(config, new Probe(9, 40, 0.5, 0, true), Map.of(), bars, RunSink.NONE));
    }

    @Test
    void aSignalMustBeASeriesOfTheRunsOwnBarsDeclaredInOnStart() throws Exception {
        BarSeries bars = Families.bars("FILUSDT", "1m");
        Strategy higher = new Strategy() {
            @Override public void onStart(Context ctx) {
                Series own = ctx.indicator("sma(close,3)");
                ctx.onBarOnlyWhen(own, new Series() { // not a series of the run's indicators
                    @Override public double get() { return own.get(); }
                    @Override public double get(int barsAgo) { return own.get(barsAgo); }
                    @Override public int length() { return own.length(); }
                    @Override public double[] values() { return own.values(); }
                    @Override public int lookback() { return own.lookback(); }
                    @Override public String spec() { return "by hand"; }
                });
            }

            @Override public void onBar(Context ctx) {}
        };
        assertThatThrownBy(() -> new Engine(spot("FILUSDT")).backtest(higher, Map.of(), bars))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run's own bars");
        Strategy late = new Strategy() {
            Series s;

            @Override public void onStart(Context ctx) { s = ctx.indicator("sma(close,3)"); }

            @Override public void onBar(Context ctx) { ctx.onBarOnlyWhen(s); }
        };
        assertThatThrownBy(() -> new Engine(spot("FILUSDT")).backtest(late, Map.of(), bars))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("in onStart");
    }

    private static void assertSame(BacktestResult replay, BacktestResult reference) {
        assertThat(replay.ordersHash()).isEqualTo(reference.ordersHash());
        assertThat(Transcript.of(replay)).isEqualTo(Transcript.of(reference));
        assertThat(replay.trades()).isEqualTo(reference.trades()); // excursions included
        assertThat(replay.equity()).containsExactly(reference.equity());
        assertThat(replay.cash().toArray()).containsExactly(reference.cash().toArray());
        assertThat(replay.position().toArray()).containsExactly(reference.position().toArray());
        assertThat(replay.time()).containsExactly(reference.time());
        assertThat(replay.ledger()).isEqualTo(reference.ledger());
    }

    private static EngineConfig spot(String symbol) {
        double lot = symbol.startsWith("FIL") ? 0.1 : 1;
        return EngineConfig.of(new Instrument(symbol, Instrument.Kind.SPOT, 0.001, lot, 1, 1), 10_000)
                .withCommission(new Commission(0.1, 0, 0)).withSlippageBps(1);
    }

    /**
     * Moving-average crossovers that read, at each signal, what a passed stretch of bars must leave right: the period
     * PnL, the equity, the bars since entry. Optional stop-loss and take-profit children (working orders, which the fast
     * path must wait on) and shorts.
     */
    static final class Probe implements Strategy {
        final int fast;
        final int slow;
        final double stop;
        final double target;
        final boolean shorts;
        final List<String> seen = new ArrayList<>();
        int calls;
        private Series up;
        private Series down;

        Probe(int fast, int slow, double stop, double target, boolean shorts) {
            this.fast = fast;
            this.slow = slow;
            this.stop = stop;
            this.target = target;
            this.shorts = shorts;
        }

        @Override
        public void onStart(Context ctx) {
            String f = "ema(close," + fast + ")";
            String s = "sma(close," + slow + ")";
            up = ctx.indicator("crossover(" + f + "," + s + ")");
            down = ctx.indicator("crossunder(" + f + "," + s + ")");
            ctx.onBarOnlyWhen(up, down);
        }

        @Override
        public void onBar(Context ctx) {
            calls++;
            boolean buy = up.get() > 0;
            boolean sell = down.get() > 0;
            if (!buy && !sell) return;
            seen.add(String.format(Locale.ROOT, "%d %.10f %.10f %.10f %.10f %.10f %d", ctx.time(), ctx.equity(),
                    ctx.pnl().today().total(), ctx.pnl().thisWeek().realized(), ctx.pnl().thisMonth().total(),
                    ctx.pnl().today().unrealized(), ctx.position().barsSinceEntry()));
            double held = ctx.position().quantity();
            if (buy && held <= 0) {
                if (held < 0) ctx.flatten();
                enter(ctx, Side.BUY);
            } else if (sell && held >= 0) {
                if (held > 0) ctx.flatten();
                if (shorts) enter(ctx, Side.SELL);
            }
        }

        private void enter(Context ctx, Side side) {
            double units = ctx.unitsForPercentOfEquity(45);
            if (!(units > 0)) return;
            double sign = side == Side.BUY ? 1 : -1;
            var order = ctx.order(side, units);
            if (stop > 0) order.stopLoss(ctx.close() * (1 - sign * stop / 100));
            if (target > 0) order.takeProfit(ctx.close() * (1 + sign * target / 100));
            order.submit();
        }
    }
}
