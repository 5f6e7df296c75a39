package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.tradewind.live.ExchangeException;
import dev.tradewind.live.Sleeper;
import dev.tradewind.live.trade.Signer;
import dev.tradewind.model.Clock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Binance spot REST for trading: signed requests ({@code X-MBX-APIKEY}, {@code timestamp} from the clock plus the
 * measured server-time offset, {@code recvWindow}, {@code signature}), and the exchange's limits kept ahead of time:
 * before a request it waits for the next minute when the used weight ({@code X-MBX-USED-WEIGHT-1M}) plus this
 * request's weight would pass 90% of the budget, and before an order for the next 10 s window when
 * {@code X-MBX-ORDER-COUNT-10S} reached its limit (a full daily order count refuses the order). HTTP 429/418 waits
 * {@code Retry-After} seconds and retries (5 times); -1021 (timestamp outside recvWindow) measures the offset again and
 * retries once. A request that gets no answer throws {@link RequestTimeout}; exchange errors come back as a
 * {@link Response} with the code and message. The key and secret never appear in a message. One caller at a time.
 */
public final class TradeRest {
    static final int RETRIES = 5;
    private final HttpClient http;
    private final String baseUrl;
    private final String apiKey;
    private final Signer signer;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration timeout;
    private final long recvWindow;
    private final ObjectMapper json = new ObjectMapper();
    private volatile long offsetMillis;
    private int weightLimit = 6000;
    private int orders10s = 100;
    private int ordersDay = 200_000;
    private int usedWeight;
    private long weightMinute = -1;
    private int orderCount10s;
    private long orderWindow = -1;
    private int orderCountDay;
    private long retryWaits;
    private long limitWaits;

    /** An exchange answer: HTTP status, body, and for errors Binance's code and message. */
    public record Response(int status, JsonNode body) {
        public boolean ok() { return status / 100 == 2; }
        public int code() { return body.path("code").asInt(0); }
        public String msg() { return body.path("msg").asText("HTTP " + status); }
        /** {@code binance -2010: Account has insufficient balance for requested action.} */
        public String reason() { return "binance " + code() + ": " + msg(); }
    }

    public TradeRest(HttpClient http, String baseUrl, String apiKey, Signer signer, Clock clock, Sleeper sleeper,
            Duration timeout, long recvWindowMillis) {
        if (recvWindowMillis <= 0 || recvWindowMillis > 60_000) throw new IllegalArgumentException("recvWindow must be 1..60000 ms");
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.signer = signer;
        this.clock = clock;
        this.sleeper = sleeper;
        this.timeout = timeout;
        this.recvWindow = recvWindowMillis;
    }

    /** Reads the budgets from {@code exchangeInfo.rateLimits} (REQUEST_WEIGHT per minute, ORDERS per 10 s and per day). */
    public void limits(JsonNode exchangeInfo) {
        for (JsonNode l : exchangeInfo.path("rateLimits")) {
            String type = l.path("rateLimitType").asText(), iv = l.path("interval").asText();
            int n = l.path("intervalNum").asInt(1), limit = l.path("limit").asInt();
            if (type.equals("REQUEST_WEIGHT") && iv.equals("MINUTE") && n == 1) weightLimit = limit;
            if (type.equals("ORDERS") && iv.equals("SECOND") && n == 10) orders10s = limit;
            if (type.equals("ORDERS") && iv.equals("DAY") && n == 1) ordersDay = limit;
        }
    }

    /** Measures the server's clock against ours: offset = server time - the midpoint of the request. */
    public long syncTime() {
        long t0 = clock.millis();
        Response r = send("GET", "/api/v3/time", new Params(), 1, false, false);
        long t1 = clock.millis();
        if (!r.ok()) throw new ExchangeException(r.code(), "binance: time: " + r.msg());
        offsetMillis = r.body().path("serverTime").asLong() - (t0 + t1) / 2;
        return offsetMillis;
    }

    /** The server time now, by our clock and the last measured offset (epoch ms). */
    public long serverMillis() { return clock.millis() + offsetMillis; }

    public long offsetMillis() { return offsetMillis; }

    /** A signed request; {@code order} counts it against the order limits. */
    public Response signed(String method, String path, Params p, int weight, boolean order) {
        Response r = send(method, path, p, weight, order, true);
        if (r.code() == -1021) {
            syncTime();
            r = send(method, path, p, weight, order, true);
        }
        return r;
    }

    /** An unsigned request (market data, server time). */
    public Response get(String path, Params p, int weight) { return send("GET", path, p, weight, false, false); }

    private Response send(String method, String path, Params p, int weight, boolean order, boolean sign) {
        for (int attempt = 0; ; attempt++) {
            waitForBudget(weight, order);
            String query;
            if (sign) {
                Params q = new Params();
                for (String[] kv : p.pairs()) if (!kv[0].equals("timestamp") && !kv[0].equals("recvWindow")) q.add(kv[0], kv[1]);
                q.add("recvWindow", recvWindow).add("timestamp", serverMillis());
                query = q.signedQuery(signer);
            } else {
                query = p.query();
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path + (query.isEmpty() ? "" : "?" + query)))
                    .timeout(timeout).method(method, HttpRequest.BodyPublishers.noBody());
            if (sign) b.header("X-MBX-APIKEY", apiKey);
            HttpResponse<String> res;
            try {
                res = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                throw new RequestTimeout("binance: no answer to " + method + " " + path + " within " + timeout.toMillis() + " ms");
            } catch (IOException e) {
                throw new RequestTimeout("binance: " + method + " " + path + " failed: " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RequestTimeout("binance: interrupted during " + method + " " + path);
            }
            readHeaders(res);
            int status = res.statusCode();
            if (status == 429 || status == 418) {
                if (attempt >= RETRIES) return new Response(status, parse(res.body()));
                long seconds = res.headers().firstValue("Retry-After").map(TradeRest::parseLong).orElse(60L);
                retryWaits++;
                pause(Math.max(1, seconds) * 1000);
                continue;
            }
            return new Response(status, parse(res.body()));
        }
    }

    private void readHeaders(HttpResponse<String> res) {
        long now = serverMillis();
        res.headers().firstValue("X-MBX-USED-WEIGHT-1M").ifPresent(v -> {
            usedWeight = (int) parseLong(v);
            weightMinute = Math.floorDiv(now, 60_000);
        });
        res.headers().firstValue("X-MBX-ORDER-COUNT-10S").ifPresent(v -> {
            orderCount10s = (int) parseLong(v);
            orderWindow = Math.floorDiv(now, 10_000);
        });
        res.headers().firstValue("X-MBX-ORDER-COUNT-1D").ifPresent(v -> orderCountDay = (int) parseLong(v));
    }

    private void waitForBudget(int weight, boolean order) {
        long now = serverMillis();
        if (Math.floorDiv(now, 60_000) == weightMinute && usedWeight + weight > weightLimit * 9 / 10) {
            limitWaits++;
            pause(60_000 - Math.floorMod(now, 60_000) + 50);
            usedWeight = 0;
        }
        if (!order) return;
        if (orderCountDay >= ordersDay) {
            throw new ExchangeException(-1015, "binance: the daily order limit (" + ordersDay + ") is used up");
        }
        now = serverMillis();
        if (Math.floorDiv(now, 10_000) == orderWindow && orderCount10s >= orders10s) {
            limitWaits++;
            pause(10_000 - Math.floorMod(now, 10_000) + 50);
            orderCount10s = 0;
        }
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode().put("code", 0).put("msg", "not JSON: " + abbreviate(body));
        }
    }

    private void pause(long millis) {
        try {
            sleeper.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestTimeout("binance: interrupted while waiting for the rate limit");
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 60;
        }
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 120 ? t.substring(0, 120) + "..." : t;
    }

    public int usedWeight() { return usedWeight; }
    public int orderCount10s() { return orderCount10s; }
    /** Waits taken on 429/418 (Retry-After). */
    public long retryWaits() { return retryWaits; }
    /** Waits taken ahead of time because a weight or order budget was nearly used. */
    public long limitWaits() { return limitWaits; }
    public String baseUrl() { return baseUrl; }
    public String apiKey() { return apiKey; }
    public Signer signer() { return signer; }
    public long recvWindow() { return recvWindow; }

    @Override public String toString() { return "TradeRest[" + baseUrl + ", key hidden]"; }
}
