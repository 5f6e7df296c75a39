package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * What a signed request to {@link FakeSpot} passes before its endpoint runs, in this order: it is logged (without its
 * signature), a scripted 429 (Retry-After: 1), the request weight counted ({@code X-MBX-USED-WEIGHT-1M}), the API key
 * (-2015), the signature (-1022, {@link FakeSignatures}), the timestamp against recvWindow (-1021), and for orders the
 * order counts ({@code X-MBX-ORDER-COUNT-10S}, {@code -1D}). Also checks the signature of a user data stream
 * subscription. Counts the signature and timestamp failures.
 */
final class FakeGate {
    /** An endpoint, run once its request has passed. */
    interface Handler { void run() throws Exception; }

    private final FakeSpot spot;
    private final String apiKey;
    private final FakeSignatures signatures;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile int throttle;
    private int weight, orderCount10s;
    private long orderWindow = -1, weightMinute = -1;
    private int signatureFailures, timestampFailures;

    FakeGate(FakeSpot spot, String apiKey, FakeSignatures signatures) {
        this.spot = spot;
        this.apiKey = apiKey;
        this.signatures = signatures;
    }

    /** Runs {@code h} if the request passes; else answers the error. {@code order}: it places an order. */
    void signed(Context ctx, boolean order, Handler h) throws Exception {
        String q = ctx.queryString() == null ? "" : ctx.queryString();
        requests.add(ctx.method() + " " + ctx.path() + "?" + q.replaceAll("&signature=.*", ""));
        synchronized (spot) {
            if (throttle > 0) {
                throttle--;
                ctx.header("Retry-After", "1");
                spot.rest.error(ctx, 429, -1003, "Too many requests; current limit is 6000 request weight per 1 MINUTE.");
                return;
            }
            long minute = spot.now() / 60_000;
            if (minute != weightMinute) { weightMinute = minute; weight = 0; }
            weight++;
            ctx.header("X-MBX-USED-WEIGHT-1M", String.valueOf(weight));
            if (!apiKey.equals(ctx.header("X-MBX-APIKEY"))) {
                spot.rest.error(ctx, 401, -2015, "Invalid API-key, IP, or permissions for action.");
                return;
            }
            int at = q.lastIndexOf("&signature=");
            String sig = at < 0 ? "" : URLDecoder.decode(q.substring(at + 11), StandardCharsets.UTF_8);
            if (at < 0 || !signatures.valid(q.substring(0, at), sig)) {
                signatureFailures++;
                spot.rest.error(ctx, 400, -1022, "Signature for this request is not valid.");
                return;
            }
            long ts = Long.parseLong(ctx.queryParam("timestamp"));
            long window = ctx.queryParam("recvWindow") == null ? 5000 : Long.parseLong(ctx.queryParam("recvWindow"));
            long server = spot.now();
            if (!(ts < server + 1000 && server - ts <= window)) {
                timestampFailures++;
                spot.rest.error(ctx, 400, -1021, "Timestamp for this request is outside of the recvWindow.");
                return;
            }
            if (order) {
                long w = server / 10_000;
                if (w != orderWindow) { orderWindow = w; orderCount10s = 0; }
                orderCount10s++;
                ctx.header("X-MBX-ORDER-COUNT-10S", String.valueOf(orderCount10s));
                ctx.header("X-MBX-ORDER-COUNT-1D", String.valueOf(orderCount10s));
            }
        }
        h.run();
    }

    /**
     * Whether a stream subscription's params carry the account's API key and a valid signature of the other params,
     * sorted by name and joined as a query string. A failure is counted.
     */
    boolean subscriptionSigned(JsonNode p) {
        TreeMap<String, String> sorted = new TreeMap<>();
        p.fields().forEachRemaining(e -> { if (!e.getKey().equals("signature")) sorted.put(e.getKey(), e.getValue().asText()); });
        StringBuilder payload = new StringBuilder();
        sorted.forEach((k, v) -> payload.append(payload.isEmpty() ? "" : "&").append(k).append('=').append(v));
        if (!apiKey.equals(p.path("apiKey").asText()) || !signatures.valid(payload.toString(), p.path("signature").asText())) {
            synchronized (spot) { signatureFailures++; }
            return false;
        }
        return true;
    }

    /** The next {@code n} requests answer 429. */
    void throttle(int n) { throttle = n; }

    /** Every request seen, as {@code METHOD /path?query} without the signature. */
    List<String> requests() { synchronized (requests) { return new ArrayList<>(requests); } }

    int signatureFailures() { return signatureFailures; }

    int timestampFailures() { return timestampFailures; }
}
