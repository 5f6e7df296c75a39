package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.engine.EventLoop;
import dev.tradewind.live.FeedState;
import dev.tradewind.live.MarketEvent;
import dev.tradewind.live.paper.PaperFeed;
import dev.tradewind.model.Order;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The paper status line: last bar, position, equity, orders on the bar's day, feed state and lag; locale-free. */
class PaperStatusTest {
    static final long MIN = 60_000_000_000L;
    static final long T0 = 1_690_848_000_000_000_000L; // 2023-08-01 00:00 UTC

    static Order order(long id, long time) {
        return new Order(id, "FILUSDT", dev.tradewind.model.Side.BUY, dev.tradewind.model.OrderType.MARKET, 1, Double.NaN,
                Double.NaN, dev.tradewind.model.TimeInForce.GTC, time, "");
    }

    @Test
    void showsTheLastBarTheAccountTodaysOrdersAndTheFeed() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            EventLoop loop = new dev.tradewind.engine.Engine(dev.tradewind.engine.EngineConfig.of(
                    dev.tradewind.model.Instrument.spot("FILUSDT"), 10_000)).paper(new dev.tradewind.strategy.Strategy() { @Override public void onBar(dev.tradewind.strategy.Context c) {} }, java.util.Map.of(),
                    () -> 0, 0);
            PaperFeed feed = new PaperFeed(loop, "FILUSDT", "1m", Long.MAX_VALUE, t -> t + MIN, null);
            PaperStatus status = new PaperStatus();
            FeedState connected = new FeedState(FeedState.Status.CONNECTED, 0, 3, 10, 1, 0, 0, 0, 0);
            assertThat(status.line(feed, MIN, null)).isEqualTo(
                    "waiting for the first bar | position 0 | equity - | orders today 0 | feed not started");
            long open = T0 + 240 * MIN;
            feed.onEvent(new MarketEvent.Bar("FILUSDT", "1m", open, open + MIN, 4.25, 4.26, 4.24, 4.252, 100, open + MIN,
                    open + MIN + 400_000_000L));
            status.order(order(1, open + MIN));
            status.order(order(2, open + MIN));
            status.equity(open, 10_012.3456, 0, 2234.5);
            assertThat(status.line(feed, MIN, connected)).isEqualTo("last bar 2023-08-01 04:00 close 4.252 | position 2234.5 | "
                    + "equity 10012.35 | orders today 2 | feed connected, lag 0.4 s");
            status.equity(T0 + 1440 * MIN, 10_000, 10_000, 0); // the next day
            assertThat(status.line(feed, MIN, connected)).contains("orders today 0").contains("position 0 |");
        } finally {
            Locale.setDefault(before);
        }
    }
}
