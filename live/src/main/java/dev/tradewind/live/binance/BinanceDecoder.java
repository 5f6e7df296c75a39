package dev.tradewind.live.binance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradewind.live.MarketEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one Binance websocket message (raw, or in the combined-stream envelope {@code {"stream":..., "data":...}}) into
 * a {@link MarketEvent}: {@code kline} (closed only), {@code trade}, {@code aggTrade}, {@code bookTicker} and depth
 * (diff {@code depthUpdate} and partial book snapshots), spot and USDⓈ-M futures. Not thread-safe (it counts).
 */
public final class BinanceDecoder {
    private static final long MS = 1_000_000L;
    private static final java.util.regex.Pattern PARTIAL_BOOK = java.util.regex.Pattern.compile(".*@depth\\d+.*");
    private final ObjectMapper json = new ObjectMapper();
    private long forming;
    private long ignored;

    /** A message that is not valid JSON or lacks a field its type requires. */
    public static final class MalformedMessage extends Exception {
        MalformedMessage(String message, Throwable cause) { super(message, cause); }
    }

    /**
     * The event in {@code text}, or null for a message that carries none (a kline still forming, a subscription reply).
     *
     * @param tsInit when the message was received (epoch ns)
     */
    public MarketEvent decode(String text, long tsInit) throws MalformedMessage {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedMessage("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) throw new MalformedMessage("not a JSON object", null);
        String stream = null;
        JsonNode data = root;
        if (root.has("stream") && root.has("data")) {
            stream = root.get("stream").asText();
            data = root.get("data");
        }
        try {
            return event(data, stream, tsInit);
        } catch (RuntimeException e) {
            throw new MalformedMessage("bad " + (stream != null ? stream : "message") + ": " + e.getMessage(), e);
        }
    }

    private MarketEvent event(JsonNode d, String stream, long tsInit) {
        String type = d.path("e").asText("");
        switch (type) {
            case "kline": {
                JsonNode k = need(d, "k");
                if (!need(k, "x").asBoolean()) {
                    forming++;
                    return null;
                }
                long open = need(k, "t").asLong() * MS;
                long close = (need(k, "T").asLong() + 1) * MS;
                return new MarketEvent.Bar(need(d, "s").asText(), need(k, "i").asText(), open, close, num(k, "o"), num(k, "h"),
                        num(k, "l"), num(k, "c"), num(k, "v"), close, tsInit);
            }
            case "trade":
                return new MarketEvent.TradeTick(need(d, "s").asText(), num(d, "p"), num(d, "q"), need(d, "m").asBoolean(),
                        need(d, "t").asLong(), false, need(d, "T").asLong() * MS, tsInit);
            case "aggTrade":
                return new MarketEvent.TradeTick(need(d, "s").asText(), num(d, "p"), num(d, "q"), need(d, "m").asBoolean(),
                        need(d, "a").asLong(), true, need(d, "T").asLong() * MS, tsInit);
            case "bookTicker":
                return quote(d, need(d, "s").asText(), eventTime(d, tsInit), tsInit);
            case "depthUpdate":
                return new MarketEvent.Depth(need(d, "s").asText(), levels(need(d, "b")), levels(need(d, "a")),
                        need(d, "U").asLong(), need(d, "u").asLong(), stream != null && PARTIAL_BOOK.matcher(stream).matches(),
                        eventTime(d, tsInit), tsInit);
            case "":
                break;
            default:
                ignored++;
                return null;
        }
        if (d.has("result") && d.has("id")) return null; // reply to SUBSCRIBE / UNSUBSCRIBE
        if (d.has("u") && d.has("b") && d.has("a") && d.has("B")) {
            return quote(d, d.has("s") ? d.get("s").asText() : symbolOf(stream), tsInit, tsInit); // spot: no event time
        }
        if (d.has("lastUpdateId") && d.has("bids")) {
            long id = d.get("lastUpdateId").asLong();
            return new MarketEvent.Depth(symbolOf(stream), levels(d.get("bids")), levels(need(d, "asks")), id, id, true, tsInit,
                    tsInit);
        }
        ignored++;
        return null;
    }

    private static MarketEvent.Quote quote(JsonNode d, String symbol, long tsEvent, long tsInit) {
        return new MarketEvent.Quote(symbol, num(d, "b"), num(d, "B"), num(d, "a"), num(d, "A"), need(d, "u").asLong(), tsEvent,
                tsInit);
    }

    private static long eventTime(JsonNode d, long fallback) {
        JsonNode t = d.has("T") ? d.get("T") : d.get("E");
        return t == null ? fallback : t.asLong() * MS;
    }

    private static String symbolOf(String stream) {
        if (stream == null) throw new IllegalArgumentException("no symbol: a partial book needs the combined-stream envelope");
        int at = stream.indexOf('@');
        return (at < 0 ? stream : stream.substring(0, at)).toUpperCase(Locale.ROOT);
    }

    private static List<MarketEvent.Level> levels(JsonNode side) {
        if (!side.isArray()) throw new IllegalArgumentException("levels are not an array");
        List<MarketEvent.Level> out = new ArrayList<>(side.size());
        for (JsonNode l : side) out.add(new MarketEvent.Level(parse(l.get(0)), parse(l.get(1))));
        return out;
    }

    private static JsonNode need(JsonNode d, String field) {
        JsonNode v = d.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("field '" + field + "' is missing");
        return v;
    }

    private static double num(JsonNode d, String field) { return parse(need(d, field)); }

    private static double parse(JsonNode v) {
        if (v == null) throw new IllegalArgumentException("a number is missing");
        double x = v.isNumber() ? v.asDouble() : Double.parseDouble(v.asText());
        if (!Double.isFinite(x)) throw new IllegalArgumentException("not a finite number: " + v);
        return x;
    }

    /** Klines received while still forming (never delivered). */
    public long forming() { return forming; }

    /** Messages of a type this decoder does not deliver. */
    public long ignored() { return ignored; }
}
