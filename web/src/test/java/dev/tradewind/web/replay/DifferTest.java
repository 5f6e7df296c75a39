package dev.tradewind.web.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.Fill;
import dev.tradewind.model.Liquidity;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.model.OrderType;
import dev.tradewind.model.Side;
import dev.tradewind.model.TimeInForce;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The matching rules on a hand-made transcript, every expected value worked out by hand: orders pair by side, type and
 * time within the window (the nearest wins), fills pair first with first, equity by bar time.
 */
class DifferTest {
    static final long S = 1_000_000_000L, MIN = 60 * S;

    static OrderRecord order(long id, Side side, OrderType type, long time, double quantity) {
        return new OrderRecord(new Order(id, "X", side, type, quantity, type == OrderType.LIMIT ? 9 : Double.NaN, Double.NaN,
                TimeInForce.GTC, time, null), OrderStatus.FILLED, quantity, 10, time, null);
    }

    static Fill fill(long id, long order, Side side, long time, double quantity, double price, double fee) {
        return new Fill(id, order, time, "X", side, quantity, price, fee, Liquidity.TAKER);
    }

    @Test
    void ordersFillsAndEquityArePairedAsTheRulesSay() {
        // live: buy market at 0 (two partial fills), sell market at 10 min, buy limit at 20 min (only live)
        Recorded live = new Recorded(
                List.of(order(1, Side.BUY, OrderType.MARKET, 0, 10), order(2, Side.SELL, OrderType.MARKET, 10 * MIN, 10),
                        order(3, Side.BUY, OrderType.LIMIT, 20 * MIN, 5)),
                List.of(fill(1, 1, Side.BUY, 2 * S, 6, 10.02, 0.06), fill(2, 1, Side.BUY, 3 * S, 4, 10.03, 0.04),
                        fill(3, 2, Side.SELL, 10 * MIN + S, 10, 11.00, 0.11), fill(4, 3, Side.BUY, 20 * MIN + S, 5, 9, 0.05)),
                new long[] {0, MIN, 2 * MIN}, new double[] {100, 101, 102});
        // backtest: the same buy (one fill), a sell market at 9 and another at 11 min (11 is nearer to 10? no: both 1 min
        // away, so the earlier, lower id wins), a sell stop at 30 min (only backtest)
        Recorded back = new Recorded(
                List.of(order(1, Side.BUY, OrderType.MARKET, 0, 10), order(2, Side.SELL, OrderType.MARKET, 9 * MIN, 10),
                        order(3, Side.SELL, OrderType.MARKET, 11 * MIN, 10), order(4, Side.SELL, OrderType.STOP, 30 * MIN, 10)),
                List.of(fill(1, 1, Side.BUY, MIN, 10, 10.00, 0.10), fill(2, 2, Side.SELL, 10 * MIN, 10, 11.01, 0.11),
                        fill(3, 3, Side.SELL, 12 * MIN, 10, 11.5, 0.1)),
                new long[] {0, MIN, 3 * MIN}, new double[] {100, 100.5, 103});

        Comparison c = Differ.diff(live, back, 2, MIN);

        assertThat(c.orders()).extracting(OrderMatch::presence, o -> o.live() == null ? 0 : o.live().order().id(),
                o -> o.backtest() == null ? 0 : o.backtest().order().id()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("both", 1L, 1L), org.assertj.core.groups.Tuple.tuple("both", 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple("backtest only", 0L, 3L),
                        org.assertj.core.groups.Tuple.tuple("live only", 3L, 0L),
                        org.assertj.core.groups.Tuple.tuple("backtest only", 0L, 4L));
        assertThat(c.fills()).extracting(FillMatch::presence).containsExactly("both", "live only", "both", "backtest only", "live only");
        FillMatch buy = c.fills().get(0), sell = c.fills().get(2);
        assertThat(buy.latencyNanos()).isEqualTo(2 * S - MIN);
        assertThat(buy.quantityDiff()).isEqualTo(6 - 10.0);
        assertThat(buy.feeDiff()).isEqualTo(0.06 - 0.10);
        assertThat(buy.slippage(2)).isEqualTo((10.02 - 10.00) * 6 * 2); // a buy above the model: paid
        assertThat(sell.slippage(2)).isEqualTo(-(11.00 - 11.01) * 10 * 2); // a sell below the model: paid
        assertThat(sell.slippageBps()).isEqualTo(-(11.00 - 11.01) / 11.01 * 10_000);

        Summary s = c.summary();
        assertThat(s.orders()).isEqualTo(new Summary.Counts(3, 4, 2, 1, 2));
        assertThat(s.fills()).isEqualTo(new Summary.Counts(4, 3, 2, 2, 1));
        assertThat(s.slippage().total()).isEqualTo(buy.slippage(2) + sell.slippage(2));
        assertThat(s.slippage().perFill()).isEqualTo(s.slippage().total() / 2);
        assertThat(s.slippage().bpsPerFill()).isEqualTo((buy.slippageBps() + sell.slippageBps()) / 2);
        assertThat(s.latency().meanMs()).isEqualTo(((2 * S - MIN) / 1e6 + S / 1e6) / 2);
        assertThat(s.latency().maxMs()).isEqualTo((2 * S - MIN) / 1e6); // the largest by size: 58 s early
        assertThat(s.fees().live()).isEqualTo(0.06 + 0.04 + 0.11 + 0.05);
        assertThat(s.fees().backtest()).isEqualTo(0.10 + 0.11 + 0.1);
        assertThat(s.fees().difference()).isEqualTo(s.fees().live() - s.fees().backtest());

        assertThat(c.equity()).extracting(EquityGap::time).containsExactly(0L, MIN, 2 * MIN, 3 * MIN);
        assertThat(c.equity().get(1).gap()).isEqualTo(0.5);
        assertThat(c.equity().get(2).backtest()).isNaN();
        assertThat(c.equity().get(3).live()).isNaN();
        assertThat(s.equity().bars()).isEqualTo(2);
        assertThat(s.equity().finalLive()).isEqualTo(101);
        assertThat(s.equity().finalBacktest()).isEqualTo(100.5);
        assertThat(s.equity().finalGap()).isEqualTo(0.5);
        assertThat(s.equity().maxGap()).isEqualTo(0.5);
    }

    @Test
    void ordersFurtherApartThanTheWindowOrOfAnotherKindNeverPair() {
        Recorded live = new Recorded(List.of(order(1, Side.BUY, OrderType.MARKET, 0, 1), order(2, Side.BUY, OrderType.LIMIT, 5 * MIN, 1)),
                List.of(), new long[0], new double[0]);
        Recorded back = new Recorded(List.of(order(1, Side.BUY, OrderType.MARKET, MIN + 1, 1), order(2, Side.SELL, OrderType.LIMIT, 5 * MIN, 1)),
                List.of(), new long[0], new double[0]);
        Comparison c = Differ.diff(live, back, 1, MIN);
        assertThat(c.orders()).extracting(OrderMatch::presence).containsExactly("live only", "backtest only", "live only", "backtest only");
        assertThat(c.summary().fills().matched()).isZero();
        assertThat(c.summary().latency().meanMs()).isNaN();
        assertThat(c.summary().equity().finalGap()).isNaN();
    }
}
