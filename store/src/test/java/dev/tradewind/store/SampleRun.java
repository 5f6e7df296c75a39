package dev.tradewind.store;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** A real backtest on deterministic random-walk bars whose orders cover fills, a cancel, a rejection and log lines. */
final class SampleRun {
    static final long START = 1_690_848_000_000_000_000L; // 2023-08-01T00:00:00Z
    static final long MINUTE = 60_000_000_000L;

    private SampleRun() {}

    static BarSeries bars(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        double price = 100;
        for (int i = 0; i < n; i++) {
            t[i] = START + i * MINUTE;
            o[i] = price;
            price = Math.max(1, price + rnd.nextDouble(-1, 1));
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) + rnd.nextDouble(0, 0.5);
            l[i] = Math.min(o[i], c[i]) - rnd.nextDouble(0, 0.5);
            v[i] = rnd.nextInt(1, 1000);
        }
        return new BarSeries("TEST", t, o, h, l, c, v);
    }

    /** Buys every 40 bars and sells 20 bars later; rests a far limit order, modifies and cancels it; one oversized buy. */
    static final class Swing implements Strategy {
        long limit;

        @Override
        public void onBar(Context ctx) {
            int i = ctx.barIndex();
            if (i % 40 == 5) {
                ctx.buy(2);
                ctx.log().info("buy at bar %d", i);
            } else if (i % 40 == 25 && ctx.position().isLong()) {
                ctx.sell(ctx.position().quantity());
            } else if (i == 7) {
                limit = ctx.buyLimit(1, ctx.close() * 0.5);
            } else if (i == 8) {
                ctx.modify(limit, 2, ctx.close() * 0.4, Double.NaN);
            } else if (i == 9) {
                ctx.cancel(limit);
            } else if (i == 11) {
                ctx.buy(1_000_000);
                ctx.log().warn("a buy that cannot be paid");
            }
        }
    }

    static BacktestResult result(int bars) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", "40");
        return new Engine(EngineConfig.of(Instrument.spot("TEST"), 10_000)).backtest(new Swing(), params, bars(bars, 42));
    }

    static Statistics statistics(BacktestResult r) {
        return new Statistics(r.finalEquity(), r.finalCash(), r.finalEquity() - 10_000, r.finalEquity() / 10_000 - 1, 0.1,
                0.05, 1.5, 1.2, 1.7, 2.0, r.trades().size(), 0.5, 1.3, 2.5, 10, -5, 0.5, 0.4, 0.3, 1.1);
    }

    static Completion completion(BacktestResult r) {
        Statistics s = statistics(r);
        Map<String, Object> results = new LinkedHashMap<>(s.toMap());
        results.put("orders_hash", r.ordersHash());
        results.put("bars", r.bars());
        return new Completion("TEST", "{\"data\":\"test.csv\"}", "abc123", null, s, results, r);
    }

    static RunStart start(String strategy) {
        return new RunStart(strategy, "TEST", "test.csv", Map.of("period", "40"), "{}", "tradewind test");
    }
}
