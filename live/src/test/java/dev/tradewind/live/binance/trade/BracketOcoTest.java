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
import dev.tradewind.model.Side;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A bracket through the kernel on the spot fake: the entry goes alone; once it has filled, the stop-loss and the
 * take-profit go out as one OCO order list for what it bought (net of the commission taken in FIL), with our client
 * ids; one leg filling expires the other on the exchange and in the run; cancelling a leg cancels the list as one.
 */
class BracketOcoTest {
    private static final long MIN = 60_000_000_000L, T0 = 1_690_848_000_000_000_000L;
    private static final Instrument FIL = new Instrument("FILUSDT", Instrument.Kind.SPOT, 0.001, 0.01, 1, 1, 0.5, 5);

    /** Buys 10 at market with a stop at 4.5 and a target at 5.5 on the first bar; on the second, {@code then}. */
    private static Strategy bracket(Consumer<Context> then) {
        return new Strategy() {
            @Override
            public void onBar(Context ctx) {
                if (ctx.barIndex() == 0) ctx.order(Side.BUY, 10).stopLoss(4.5).takeProfit(5.5).submit();
                if (ctx.barIndex() == 1) then.accept(ctx);
            }
        };
    }

    private record Run(Harness h, EventLoop loop, Thread kernel, BacktestResult[] result) {
        void bar(int i, double c) { loop.offer(new Inbound.BarClosed(T0 + i * MIN, T0 + (i + 1) * MIN, c, c, c, c, 100, i)); }

        BacktestResult stop() throws InterruptedException {
            loop.offer(new Inbound.Stop(T0 + 10 * MIN, 99));
            kernel.join(10_000);
            return result[0];
        }
    }

    private static Run start(Harness h, Strategy s) {
        h.exec.start();
        RunSink transcript = new RunSink() { // the kernel's events, as the run saw them
            @Override public void event(OrderEvent e) { h.events.add(e); }
        };
        EventLoop loop = new Engine(EngineConfig.of(FIL, 10_000)).withSink(transcript).live(s, Map.of(), h.exec, Clock.SYSTEM, 0);
        BacktestResult[] result = new BacktestResult[1];
        Thread kernel = new Thread(() -> {
            try {
                result[0] = loop.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kernel");
        kernel.start();
        return new Run(h, loop, kernel, result);
    }

    @Test
    void theTakeProfitFillsAndTheStopExpires() throws Exception {
        try (Harness h = new Harness().withStream()) {
            h.fake.price("5.000");
            Run run = start(h, bracket(ctx -> { }));
            run.bar(0, 5.0);
            Harness.await(() -> h.fake.orderLists().size() == 1);
            List<FakeOrder> legs = h.fake.orderLists().get(0);
            assertThat(legs).extracting(o -> o.client).containsExactly("twtest-3", "twtest-2"); // take-profit above, stop below
            assertThat(legs).extracting(o -> o.type).containsExactly("LIMIT_MAKER", "STOP_LOSS");
            assertThat(legs.get(0).qty).isEqualByComparingTo("9.99"); // bought 10, 0.01 FIL of commission
            assertThat(h.fake.requests()).anyMatch(r -> r.startsWith("POST /api/v3/orderList/oco?") && r.contains("listClientOrderId=twtest-L1"));
            h.fake.price("5.600");
            Harness.await(() -> h.transcript().contains("Expired 2"));
            BacktestResult r = run.stop();
            // the commission of 0.01 FIL is valued at the fill's price; the list's legs are accepted above first
            assertThat(h.transcript()).containsExactly("Accepted 1", "Filled 1 9.99@5 fee=0.05 rem=0", "Accepted 3", "Accepted 2",
                    "Filled 3 9.99@5.5 fee=0.054945 rem=0", "Expired 2");
            assertThat(legs.get(1).status).isEqualTo("EXPIRED");
            assertThat(h.fake.balance("FIL")).isEqualByComparingTo("100");
            assertThat(r.position().at(r.bars() - 1)).isZero();
            assertThat(h.fake.orders()).hasSize(3); // the entry and the two legs, each once
        }
    }

    @Test
    void theStopFillsAndTheTakeProfitExpires() throws Exception {
        try (Harness h = new Harness().withStream()) {
            h.fake.price("5.000");
            Run run = start(h, bracket(ctx -> { }));
            run.bar(0, 5.0);
            Harness.await(() -> h.fake.orderLists().size() == 1);
            h.fake.price("4.400");
            Harness.await(() -> h.transcript().contains("Expired 3"));
            run.stop();
            assertThat(h.transcript()).containsExactly("Accepted 1", "Filled 1 9.99@5 fee=0.05 rem=0", "Accepted 3", "Accepted 2",
                    "Filled 2 9.99@4.4 fee=0.043956 rem=0", "Expired 3");
            assertThat(h.fake.orderLists().get(0)).extracting(o -> o.status).containsExactly("EXPIRED", "FILLED");
            assertThat(h.fake.balance("FIL")).isEqualByComparingTo("100");
        }
    }

    @Test
    void cancellingALegCancelsTheListAsOne() throws Exception {
        try (Harness h = new Harness().withStream()) {
            h.fake.price("5.000");
            Run run = start(h, bracket(ctx -> ctx.cancel(2)));
            run.bar(0, 5.0);
            Harness.await(() -> h.fake.orderLists().size() == 1 && h.transcript().contains("Accepted 3"));
            run.bar(1, 5.0);
            Harness.await(() -> h.transcript().contains("Canceled 2") && h.transcript().contains("Canceled 3"));
            run.stop();
            assertThat(h.fake.requests()).anyMatch(r -> r.startsWith("DELETE /api/v3/orderList?") && r.contains("listClientOrderId=twtest-L1"));
            assertThat(h.fake.orderLists().get(0)).extracting(o -> o.status).containsExactly("CANCELED", "CANCELED");
            assertThat(h.fake.balance("FIL")).isEqualByComparingTo(new BigDecimal("109.99")); // the position is left, unprotected
        }
    }

    @Test
    void anEntryThatNeverFillsCancelsItsExits() throws Exception {
        try (Harness h = new Harness().withStream()) {
            h.fake.price("5.000");
            Strategy s = new Strategy() {
                @Override
                public void onBar(Context ctx) {
                    if (ctx.barIndex() == 0) ctx.order(Side.BUY, 10).limit(4.8).stopLoss(4.5).takeProfit(5.5).submit();
                    if (ctx.barIndex() == 1) ctx.cancel(1);
                }
            };
            Run run = start(h, s);
            run.bar(0, 5.0);
            Harness.await(() -> h.transcript().contains("Accepted 1"));
            run.bar(1, 5.0);
            Harness.await(() -> h.transcript().containsAll(List.of("Canceled 1", "Canceled 2", "Canceled 3")));
            run.stop();
            assertThat(h.fake.orderLists()).isEmpty();
            assertThat(h.fake.orders()).hasSize(1);
        }
    }
}
