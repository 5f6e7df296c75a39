package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The orders hash, digested a block of lines at a time, equals the hash of the whole text built at once. */
class OrdersHashTest {

    /** The text of every order as one string, then hashed: how the hash was computed before it went by blocks. */
    private static String wholeText(List<OrderRecord> orders) throws Exception {
        StringBuilder text = new StringBuilder();
        for (OrderRecord r : orders) {
            var o = r.order();
            text.append(o.id()).append(',').append(o.time()).append(',').append(o.side()).append(',').append(o.type())
                    .append(',').append(o.quantity()).append(',').append(o.limitPrice()).append(',').append(o.stopPrice())
                    .append(',').append(o.tif()).append(',').append(r.status()).append(',').append(r.filledQuantity())
                    .append(',').append(r.averageFillPrice()).append('\n');
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static BacktestResult result(List<OrderRecord> orders) {
        return new BacktestResult(Map.of(), 0, orders, List.of(), List.of(), List.of(), new long[0], new double[0], new Steps(),
                new Steps(), null, 1000, 0, 0, 0, List.of(), List.of(), List.of(), null);
    }

    @Test
    void blocksGiveTheHashOfTheWholeText() throws Exception {
        SplittableRandom r = new SplittableRandom(3);
        for (int n : new int[] {0, 1, 2, 600, 601, 5_000, 40_000}) { // across 0, 1 and many 64 KB blocks
            List<OrderRecord> orders = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Order o = Order.of(i + 1, "SYM", r.nextBoolean() ? Side.BUY : Side.SELL,
                        OrderType.values()[r.nextInt(OrderType.values().length)], r.nextInt(1, 1000) * Math.pow(10, -r.nextInt(8)))
                        .limit(r.nextBoolean() ? Double.NaN : r.nextDouble() * 1e5).stop(r.nextDouble() * (r.nextBoolean() ? 1e-7 : 1e9))
                        .tif(TimeInForce.values()[r.nextInt(TimeInForce.values().length)]).build();
                orders.add(new OrderRecord(o.with(o.id(), 0, 0, r.nextLong()), OrderStatus.values()[r.nextInt(OrderStatus.values().length)],
                        r.nextDouble(), r.nextBoolean() ? Double.NaN : -r.nextDouble() * 1e300, 0, null));
            }
            assertThat(result(orders).ordersHash()).as("%d orders", n).isEqualTo(wholeText(orders));
        }
    }
}
