package dev.tradewind.engine;

import dev.tradewind.model.Clock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Liquidity;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.RunSink;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An exchange adapter answers on its own thread; its events enter the kernel through the event loop's queue and reach
 * the strategy on the loop's thread, in order, and the account follows its fills.
 */
class RemoteExecutionTest {
    private static final Instrument SPOT = new Instrument("TEST", Instrument.Kind.SPOT, 0.01, 1, 1, 1);

    /** Accepts every order, then fills it at 123 with a fee of 0.5, from its own thread. */
    private static final class FakeExchange implements ExecutionClient {
        private VenueListener listener;

        @Override public void connect(VenueListener l) { listener = l; }

        @Override
        public void submit(Order o) {
            Thread t = new Thread(() -> {
                listener.onEvent(new OrderEvent.Accepted(o.id(), o.time()));
                Fill f = new Fill(1, o.id(), o.time() + 5, o.symbol(), o.side(), o.quantity(), 123, 0.5, Liquidity.TAKER);
                listener.onEvent(new OrderEvent.Filled(o.id(), o.time() + 5, f, 0));
            }, "exchange");
            t.start();
        }

        @Override public void cancel(long orderId, long time) {}

        @Override public void modify(Order replacement, long time) {}
    }

    @Test
    void theExchangesEventsReachTheStrategyOnTheLoopThreadAndMoveTheAccount() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch filled = new CountDownLatch(1);
        Strategy s = new Strategy() {
            @Override
            public void onBar(Context ctx) {
                if (ctx.barIndex() == 0) ctx.buy(2);
            }

            @Override
            public void onOrder(Context ctx, OrderEvent e) {
                heard.add(e.getClass().getSimpleName() + " on " + Thread.currentThread().getName());
            }
        };
        RunSink sink = new RunSink() {
            @Override public void event(OrderEvent e) { if (e instanceof OrderEvent.Filled) filled.countDown(); }
        };
        EventLoop loop = new Engine(EngineConfig.of(SPOT, 10_000)).withSink(sink).live(s, Map.of(), new FakeExchange(), Clock.SYSTEM, 0);
        long day = 86_400_000_000_000L;
        BacktestResult[] result = new BacktestResult[1];
        Thread kernel = new Thread(() -> {
            try {
                result[0] = loop.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kernel");
        kernel.start();
        loop.offer(new Inbound.BarClosed(0, day, 100, 101, 99, 100, 10, 1));
        assertThat(filled.await(10, TimeUnit.SECONDS)).isTrue();
        loop.offer(new Inbound.BarClosed(day, 2 * day, 120, 130, 110, 125, 10, 2));
        loop.offer(new Inbound.Stop(2 * day, 3));
        kernel.join(10_000);

        BacktestResult r = result[0];
        assertThat(heard).containsExactly("Accepted on kernel", "Filled on kernel");
        assertThat(r.fills()).hasSize(1);
        assertThat(r.position().toArray()).containsExactly(0, 2);
        // cash 10,000 - 2 x 123 - 0.5; marked at 125 after the second bar
        assertThat(r.finalEquity()).isEqualTo(10_000 - 246 - 0.5 + 250);
    }
}
