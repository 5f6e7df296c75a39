package dev.tradewind.web.replay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradewind.model.Fill;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.Times;
import dev.tradewind.runner.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A replay as rows of named values, the one shape behind the CSV files, the JSON summary and the web page: times as
 * ISO-8601 UTC text, numbers as numbers, null where a side has no value. Differences are live minus backtest.
 */
public final class ReplayRows {
    /** The columns of {@link #fills}, {@link #orders} and {@link #equity}, in order (each row's keys). */
    public static final List<String> FILL_COLUMNS = List.of("presence", "live_order", "backtest_order", "side", "live_time",
            "backtest_time", "latency_ms", "live_price", "backtest_price", "price_diff", "slippage", "slippage_bps",
            "live_quantity", "backtest_quantity", "quantity_diff", "live_fee", "backtest_fee", "fee_diff");
    public static final List<String> ORDER_COLUMNS = List.of("presence", "live_id", "backtest_id", "side", "type", "live_time",
            "backtest_time", "live_quantity", "backtest_quantity", "live_status", "backtest_status", "live_avg_price",
            "backtest_avg_price");
    public static final List<String> EQUITY_COLUMNS = List.of("time", "live", "backtest", "gap");

    private ReplayRows() {}

    /** The summary (groups of numbers, {@link Summary}) after the run's identity; NaN (no matched fill) is null. */
    public static ObjectNode summary(ReplayReport r) {
        ObjectNode m = Json.MAPPER.createObjectNode();
        m.put("run", r.run());
        m.put("data", r.data());
        m.put("strategy", r.strategy());
        ObjectNode s = Json.MAPPER.valueToTree(r.summary());
        s.properties().forEach(group -> {
            ObjectNode g = (ObjectNode) group.getValue();
            g.properties().forEach(e -> { if (e.getValue().isDouble() && Double.isNaN(e.getValue().doubleValue())) g.putNull(e.getKey()); });
            m.set(group.getKey(), g);
        });
        return m;
    }

    public static List<Map<String, Object>> fills(ReplayReport r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FillMatch f : r.comparison().fills()) {
            Fill l = f.live(), b = f.backtest();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("presence", f.presence());
            m.put("live_order", l == null ? null : l.orderId());
            m.put("backtest_order", b == null ? null : b.orderId());
            m.put("side", lower((l != null ? l : b).side()));
            m.put("live_time", l == null ? null : Times.format(l.time()));
            m.put("backtest_time", b == null ? null : Times.format(b.time()));
            m.put("latency_ms", f.matched() ? f.latencyNanos() / 1e6 : null);
            m.put("live_price", l == null ? null : l.price());
            m.put("backtest_price", b == null ? null : b.price());
            m.put("price_diff", value(f.priceDiff()));
            m.put("slippage", value(f.slippage(r.multiplier())));
            m.put("slippage_bps", value(f.slippageBps()));
            m.put("live_quantity", l == null ? null : l.quantity());
            m.put("backtest_quantity", b == null ? null : b.quantity());
            m.put("quantity_diff", value(f.quantityDiff()));
            m.put("live_fee", l == null ? null : l.fee());
            m.put("backtest_fee", b == null ? null : b.fee());
            m.put("fee_diff", value(f.feeDiff()));
            rows.add(m);
        }
        return rows;
    }

    public static List<Map<String, Object>> orders(ReplayReport r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OrderMatch o : r.comparison().orders()) {
            OrderRecord l = o.live(), b = o.backtest(), any = l != null ? l : b;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("presence", o.presence());
            m.put("live_id", l == null ? null : l.order().id());
            m.put("backtest_id", b == null ? null : b.order().id());
            m.put("side", lower(any.order().side()));
            m.put("type", lower(any.order().type()));
            m.put("live_time", l == null ? null : Times.format(l.order().time()));
            m.put("backtest_time", b == null ? null : Times.format(b.order().time()));
            m.put("live_quantity", l == null ? null : l.order().quantity());
            m.put("backtest_quantity", b == null ? null : b.order().quantity());
            m.put("live_status", l == null ? null : lower(l.status()));
            m.put("backtest_status", b == null ? null : lower(b.status()));
            m.put("live_avg_price", l == null ? null : value(l.averageFillPrice()));
            m.put("backtest_avg_price", b == null ? null : value(b.averageFillPrice()));
            rows.add(m);
        }
        return rows;
    }

    public static List<Map<String, Object>> equity(ReplayReport r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EquityGap e : r.comparison().equity()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", Times.format(e.time()));
            m.put("live", value(e.live()));
            m.put("backtest", value(e.backtest()));
            m.put("gap", value(e.gap()));
            rows.add(m);
        }
        return rows;
    }

    private static Double value(double x) { return Double.isNaN(x) ? null : x; }

    private static String lower(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }
}
