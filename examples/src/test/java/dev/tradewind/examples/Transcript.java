package dev.tradewind.examples;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Order;
import dev.tradewind.model.Times;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test helper: a run's round trips as one line each, from its fills and orders:
 * {@code LONG 2023-08-01T00:31:00Z @5.123 stop 5.000 target 5.400 -> 2023-08-01T03:12:00Z @5.400 take-profit}.
 * The stop and target are the entry's bracket prices ("-" when it has none); the exit reason is the tag of the order
 * that closed the position (stop-loss, take-profit, or flatten for a market exit at the session end).
 */
final class Transcript {
    private Transcript() {}

    static List<String> of(BacktestResult r) {
        List<String> lines = new ArrayList<>();
        List<OrderRecord> orders = r.orders();
        double position = 0;
        String open = null;
        for (Fill f : r.fills()) {
            Order o = orders.get((int) f.orderId() - 1).order();
            double before = position;
            position += f.side().sign() * f.quantity();
            if (before == 0 && position != 0) {
                open = (position > 0 ? "LONG " : "SHORT ") + Times.format(f.time()) + " @" + price(f.price())
                        + " stop " + child(orders, o.id(), "stop-loss") + " target " + child(orders, o.id(), "take-profit");
            } else if (before != 0 && Math.abs(position) < 1e-12) {
                lines.add(open + " -> " + Times.format(f.time()) + " @" + price(f.price()) + " " + (o.tag().isEmpty() ? "market" : o.tag()));
                position = 0;
                open = null;
            }
        }
        return lines;
    }

    private static String child(List<OrderRecord> orders, long parent, String tag) {
        for (OrderRecord o : orders) {
            if (o.order().parentId() == parent && o.order().tag().equals(tag)) {
                return price(tag.equals("stop-loss") ? o.order().stopPrice() : o.order().limitPrice());
            }
        }
        return "-";
    }

    private static String price(double p) { return String.format(Locale.ROOT, "%.3f", p); }

}
