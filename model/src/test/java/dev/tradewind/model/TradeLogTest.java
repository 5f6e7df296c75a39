package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The trade log reads back every trade it was given, field for field (nulls, NaN, extremes), across its chunks. */
class TradeLogTest {
    private static double any(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> Double.NaN;
            case 1 -> -0.0;
            case 2 -> Double.longBitsToDouble(r.nextLong());
            default -> r.nextGaussian() * 1e4;
        };
    }

    @Test
    void tradesReadBackAsGiven() {
        for (long seed = 1; seed <= 10; seed++) {
            Random r = new Random(seed);
            TradeLog log = new TradeLog();
            List<Trade> given = new ArrayList<>();
            String[] symbols = {"BTCUSDT", "SPX 250117C05000", null, "ES" + seed};
            int n = r.nextInt(5_000);
            for (int i = 0; i < n; i++) {
                int barsHeld = r.nextInt(4) == 0 ? Integer.MAX_VALUE - r.nextInt(3) : r.nextInt(100_000);
                double gross = any(r);
                double costs = any(r);
                double net = r.nextBoolean() ? gross - costs : any(r); // as a run's trades have it, or any other
                Trade t = new Trade(i + 1, symbols[r.nextInt(symbols.length)], r.nextInt(9) == 0 ? null
                        : r.nextBoolean() ? Side.BUY : Side.SELL, any(r), r.nextLong(), any(r), r.nextLong(), any(r), gross, costs,
                        net, any(r), any(r), barsHeld);
                given.add(t);
                if (r.nextBoolean()) {
                    log.add(t);
                } else {
                    log.add(t.symbol(), t.side(), t.quantity(), t.entryTime(), t.entryPrice(), t.exitTime(), t.exitPrice(),
                            t.grossPnl(), t.costs(), t.netPnl(), t.mae(), t.mfe(), t.barsHeld());
                }
            }
            assertThat(log).as("seed %d", seed).isEqualTo(given);
            List<Trade> view = log.readOnly();
            assertThat(view).isEqualTo(given);
            for (int i = 0; i < n; i++) {
                assertThat(Double.doubleToRawLongBits(((TradePnls) view).netPnl(i)))
                        .isEqualTo(Double.doubleToRawLongBits(given.get(i).netPnl()));
            }
            assertThatThrownBy(() -> view.add(given.get(0))).isInstanceOf(UnsupportedOperationException.class);
            for (int i = 0; i < n; i++) { // bit for bit: -0.0 and NaN payloads too
                Trade a = log.get(i);
                Trade b = given.get(i);
                assertThat(Double.doubleToRawLongBits(a.entryPrice())).isEqualTo(Double.doubleToRawLongBits(b.entryPrice()));
                assertThat(Double.doubleToRawLongBits(a.mfe())).isEqualTo(Double.doubleToRawLongBits(b.mfe()));
            }
        }
    }

    @Test
    void aTradeOutOfSequenceIsRefused() {
        TradeLog log = new TradeLog();
        Trade second = new Trade(2, "X", Side.BUY, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0);
        assertThatThrownBy(() -> log.add(second)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trade 2 added as trade 1");
        assertThat(log).isEmpty();
    }
}
