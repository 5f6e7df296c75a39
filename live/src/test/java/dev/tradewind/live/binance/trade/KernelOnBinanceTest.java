package dev.tradewind.live.binance.trade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.EventLoop;
import dev.tradewind.engine.Inbound;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.RunSink;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The kernel drives the Binance client: a strategy buys on the first bar and sells on the third; the fills come back
 * through the event loop, and the run's account ends where the fake exchange's balances are.
 */
class KernelOnBinanceTest {
    private static final long MIN = 60_000_000_000L;

    @Test
    void aStrategysOrdersReachTheExchangeAndItsAccountFollowsTheBalances() throws Exception {
        try (Harness h = new Harness()) {
            h.exec.start();
            CountDownLatch filled = new CountDownLatch(2);
            Strategy s = new Strategy() {
                @Override
                public void onBar(Context ctx) {
                    if (ctx.barIndex() == 0) ctx.buy(10);
                    if (ctx.barIndex() == 2) ctx.sell(ctx.position().quantity());
                }
            };
            RunSink sink = new RunSink() {
                @Override public void event(OrderEvent e) { if (e instanceof OrderEvent.Filled f && f.remaining() == 0) filled.countDown(); }
            };
            Instrument fil = new Instrument("FILUSDT", Instrument.Kind.SPOT, 0.001, 0.01, 1, 1, 0.5, 5);
            EventLoop loop = new Engine(EngineConfig.of(fil, 10_000)).withSink(sink).live(s, Map.of(), h.exec, Clock.SYSTEM, 0);
            BacktestResult[] result = new BacktestResult[1];
            Thread kernel = new Thread(() -> {
                try {
                    result[0] = loop.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "kernel");
            kernel.start();
            long t0 = 1_690_848_000_000_000_000L;
            loop.offer(new Inbound.BarClosed(t0, t0 + MIN, 5, 5, 5, 5, 100, 1));
            Harness.await(() -> h.fake.byClient("twtest-1") != null && !h.fake.byClient("twtest-1").open());
            loop.offer(new Inbound.BarClosed(t0 + MIN, t0 + 2 * MIN, 5, 5, 5, 5, 100, 2));
            Harness.await(() -> h.tracker.fills().size() == 1);
            h.fake.price("5.200");
            loop.offer(new Inbound.BarClosed(t0 + 2 * MIN, t0 + 3 * MIN, 5.2, 5.2, 5.2, 5.2, 100, 3));
            assertThat(filled.await(10, TimeUnit.SECONDS)).isTrue();
            loop.offer(new Inbound.Stop(t0 + 3 * MIN, 4));
            kernel.join(10_000);

            BacktestResult r = result[0];
            assertThat(r.fills()).hasSize(2);
            // bought 10, 0.01 FIL taken as commission: the run holds 9.99 and sells 9.99, as the account does
            assertThat(h.fake.byClient("twtest-2").qty).isEqualByComparingTo("9.99");
            assertThat(h.fake.balance("FIL")).isEqualByComparingTo("100");
            // the run's cash from its fills (price x quantity and fees in USDT) is the account's USDT change
            double usdtChange = h.fake.balance("USDT").subtract(new BigDecimal("10000")).doubleValue();
            double cash = r.fills().stream().mapToDouble(f -> -f.side().sign() * f.quantity() * f.price() - f.fee()).sum();
            assertThat(cash).isCloseTo(usdtChange, org.assertj.core.data.Offset.offset(1e-9));
            double position = r.fills().stream().mapToDouble(f -> f.side().sign() * f.quantity()).sum();
            assertThat(position).isCloseTo(h.fake.balance("FIL").doubleValue() - 100, org.assertj.core.data.Offset.offset(1e-12));
        }
    }
}
