package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.data.Timeframe;
import dev.tradewind.live.binance.FakeExchange;
import dev.tradewind.live.binance.trade.FakeSpot;
import dev.tradewind.model.BarSeries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tradewind live} without {@code --from} warms the strategy up as paper does: just enough closed bars before
 * now come from the exchange's history (the fake's klines moved to the last minutes), no order is sent on them, and
 * the strategy's first call, on the first live bar, already has its indicator; the live bar is appended to the
 * catalog.
 */
class LiveWarmupTest {
    private static final String STRATEGY = """
            import dev.tradewind.model.Series;
            import dev.tradewind.strategy.Context;
            import dev.tradewind.strategy.Strategy;

            public class Warm implements Strategy {
                private Series sma;
                private boolean sent;

                @Override
                public void onStart(Context ctx) { sma = ctx.indicator("sma(close,5)"); }

                @Override
                public void onBar(Context ctx) {
                    if (sent) return;
                    sent = true;
                    ctx.buyLimit(10, Math.round(sma.get() * 1000) / 1000.0); // a bid at the average: NaN if not warm
                }
            }
            """;

    @Test
    void theFirstLiveBarFindsTheIndicatorWarmAndHistoryBarsSendNothing(@TempDir Path dir) throws Exception {
        Path strategy = dir.resolve("Warm.java");
        Files.writeString(strategy, STRATEGY);
        long minute = 60_000L;
        long into = System.currentTimeMillis() % minute; // the run must start in the minute the fake's bars are set to
        if (into > 30_000) Thread.sleep(minute - into + 1_000);
        long forming = System.currentTimeMillis() / minute * minute;
        List<FakeExchange.Kline> fixture = FakeExchange.filUsdt(12), now = new ArrayList<>();
        for (int i = 0; i < fixture.size(); i++) { // the last 11 closed minutes, then the one forming now
            FakeExchange.Kline k = fixture.get(i);
            long open = forming - (fixture.size() - 1 - i) * minute;
            now.add(new FakeExchange.Kline(open, k.o(), k.h(), k.l(), k.c(), k.v(), open + minute - 1, k.q(), k.n(), k.bv(), k.bq()));
        }
        int live = now.size() - 1;
        try (FakeExchange md = new FakeExchange(now); FakeSpot spot = new FakeSpot(LiveCommandTest.KEY, LiveCommandTest.SECRET)) {
            spot.price("4.150");
            md.now(now.get(live).open());
            md.then(s -> {
                Thread.sleep(2500);
                s.closed(live); // closes "early": the fake's clock is its own
                Thread.sleep(60_000);
            });
            Path control = dir.resolve("control");
            Thread stopper = new Thread(() -> {
                try {
                    for (int i = 0; i < 300 && !(spot.orders().size() == 1 && LiveCommandTest.statusSays(control, "bars=")); i++) Thread.sleep(50);
                    Thread.sleep(1000); // stopped either way: the assertions say what went wrong
                    try (var files = Files.list(control)) {
                        for (Path f : files.filter(p -> p.toString().endsWith(".status")).toList()) {
                            Files.writeString(Path.of(f.toString().replace(".status", ".stop")), "");
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            stopper.start();
            CliRun r = CliRun.of(LiveCommandTest.args(md, spot, dir, "--strategy", strategy.toString()).toArray(String[]::new)).ok();
            stopper.join();

            // the history before the live bar is what sma(close,5) needs, and the strategy is first called on the live bar
            assertThat(r.out()).as(r.err() + md.scriptErrors() + md.streams() + md.requests()).containsPattern("stopped: [56] bars, 1 orders");
            assertThat(r.err()).doesNotContain("not sent");
            assertThat(spot.orders()).hasSize(1);
            BigDecimal mean = BigDecimal.ZERO;
            for (int i = live - 4; i <= live; i++) mean = mean.add(new BigDecimal(now.get(i).c()));
            assertThat(spot.orders().get(0).price).isEqualByComparingTo(mean.divide(BigDecimal.valueOf(5), 3, RoundingMode.HALF_UP));
            try (Catalog catalog = Catalog.open(dir.resolve("catalog"))) {
                BarSeries stored = catalog.load("FILUSDT", Timeframe.parse("1m"), Long.MIN_VALUE, Long.MAX_VALUE);
                assertThat(stored.time()).contains(now.get(live).open() * 1_000_000L);
            }
        }
    }
}
