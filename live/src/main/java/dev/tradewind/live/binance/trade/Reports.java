package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.live.trade.ExecReport;
import dev.tradewind.live.trade.ExecReport.Status;
import dev.tradewind.model.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Binance JSON to {@link ExecReport}s: a user-data-stream {@code executionReport}, an order response
 * ({@code newOrderRespType=FULL}: the status, then one report per element of {@code fills}), an order query, and a
 * {@code myTrades} row. Times are exchange milliseconds, turned into epoch ns.
 */
public final class Reports {
    private static final long MS = 1_000_000L;

    private Reports() {}

    /** A user-data-stream {@code executionReport} ({@code event} object). */
    public static ExecReport executionReport(JsonNode e) {
        long tradeId = e.path("t").asLong(-1);
        String reject = e.path("r").asText("NONE");
        String reason = "";
        String x = e.path("X").asText();
        if (x.equals("REJECTED")) reason = "binance: " + reject;
        if (x.equals("EXPIRED")) reason = "binance: expired " + e.path("eR").asText("");
        return new ExecReport(e.path("c").asText(), e.path("i").asLong(), e.path("s").asText(), side(e.path("S").asText()),
                status(x), d(e, "q"), d(e, "z"), tradeId, tradeId >= 0 ? d(e, "l") : 0, tradeId >= 0 ? d(e, "L") : 0,
                tradeId >= 0 ? d(e, "n") : 0, e.path("N").isNull() ? null : e.path("N").asText(null), e.path("m").asBoolean(),
                e.path("T").asLong(e.path("E").asLong()) * MS, reason);
    }

    /** An order response or an order query: the status report first, then one report per fill it lists. */
    public static List<ExecReport> order(JsonNode o) {
        List<ExecReport> out = new ArrayList<>();
        String client = o.path("clientOrderId").asText();
        long id = o.path("orderId").asLong();
        Side side = side(o.path("side").asText());
        long time = o.path("transactTime").asLong(o.path("updateTime").asLong(o.path("time").asLong())) * MS;
        double qty = d(o, "origQty"), cum = d(o, "executedQty");
        Status status = status(o.path("status").asText());
        JsonNode fills = o.path("fills");
        // fills first, so a FILLED status is never read before the trades that made it
        for (JsonNode f : fills) {
            out.add(new ExecReport(client, id, o.path("symbol").asText(), side, Status.PARTIALLY_FILLED, qty, Double.NaN,
                    f.path("tradeId").asLong(), d(f, "qty"), d(f, "price"), d(f, "commission"), f.path("commissionAsset").asText(null),
                    false, time, ""));
        }
        out.add(new ExecReport(client, id, o.path("symbol").asText(), side, status, qty, cum, -1, 0, 0, 0, null, false, time,
                status == Status.EXPIRED ? "binance: expired" : ""));
        return out;
    }

    /** A {@code myTrades} row, for the order whose client id the caller knows. */
    public static ExecReport trade(JsonNode t, String clientId) {
        return new ExecReport(clientId, t.path("orderId").asLong(), t.path("symbol").asText(),
                t.path("isBuyer").asBoolean() ? Side.BUY : Side.SELL, Status.PARTIALLY_FILLED, Double.NaN, Double.NaN,
                t.path("id").asLong(), d(t, "qty"), d(t, "price"), d(t, "commission"), t.path("commissionAsset").asText(null),
                t.path("isMaker").asBoolean(), t.path("time").asLong() * MS, "");
    }

    static Status status(String s) {
        return switch (s) {
            case "NEW", "PENDING_NEW" -> Status.NEW;
            case "PARTIALLY_FILLED" -> Status.PARTIALLY_FILLED;
            case "FILLED" -> Status.FILLED;
            case "CANCELED", "PENDING_CANCEL" -> Status.CANCELED;
            case "REJECTED" -> Status.REJECTED;
            case "EXPIRED", "EXPIRED_IN_MATCH" -> Status.EXPIRED;
            default -> throw new IllegalArgumentException("binance: unknown order status " + s);
        };
    }

    static Side side(String s) { return s.equals("SELL") ? Side.SELL : Side.BUY; }

    private static double d(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? Double.NaN : Double.parseDouble(v.asText());
    }
}
