package dev.tradewind.live.binance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradewind.model.Clock;
import dev.tradewind.live.ExchangeException;
import dev.tradewind.live.HistoryClient;
import dev.tradewind.live.MarketEvent;
import dev.tradewind.live.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Binance market data over REST: klines and exchange information. Stays inside the request-weight budget: after each
 * response it reads {@code X-MBX-USED-WEIGHT-1m} and, at 90% of the market's budget, waits for the next minute; on HTTP
 * 429 or 418 it waits the {@code Retry-After} seconds and retries (at most {@value #RETRIES} times). Thread-safe.
 */
public final class BinanceRest implements HistoryClient {
    static final int RETRIES = 5;
    private static final long MS = 1_000_000L;

    private final HttpClient http;
    private final String baseUrl;
    private final BinanceMarket market;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ObjectMapper json = new ObjectMapper();
    private volatile int usedWeight;
    private volatile long weightWaits;
    private volatile long retryWaits;

    /** @param baseUrl e.g. {@code https://api.binance.com}, or a test server; null for the market's default */
    public BinanceRest(HttpClient http, String baseUrl, BinanceMarket market, Clock clock, Sleeper sleeper) {
        this.http = http;
        this.baseUrl = stripSlash(baseUrl == null ? market.restUrl() : baseUrl);
        this.market = market;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public List<MarketEvent.Bar> bars(String symbol, String interval, long fromOpen, long toOpen, int limit) {
        BinanceInterval.check(interval);
        long tsInit = clock.nanos();
        JsonNode rows = get("/klines", "symbol=" + enc(symbol) + "&interval=" + enc(interval) + "&startTime="
                + Math.floorDiv(fromOpen, MS) + "&endTime=" + Math.floorDiv(toOpen, MS) + "&limit=" + limit);
        if (!rows.isArray()) throw new ExchangeException(0, "binance: klines: expected an array, got " + abbreviate(rows));
        List<MarketEvent.Bar> out = new ArrayList<>(rows.size());
        for (JsonNode r : rows) {
            long open = r.get(0).asLong() * MS;
            long close = (r.get(6).asLong() + 1) * MS;
            out.add(new MarketEvent.Bar(symbol, interval, open, close, d(r, 1), d(r, 2), d(r, 3), d(r, 4), d(r, 5), close, tsInit));
        }
        return out;
    }

    @Override
    public int pageSize() { return Math.min(1000, market.maxKlines()); }

    @Override
    public long nextOpen(String interval, long open) { return BinanceInterval.next(interval, open); }

    /** The symbol's {@code exchangeInfo} entry; see {@link SymbolRules}. */
    public JsonNode symbolInfo(String symbol) {
        JsonNode info = get("/exchangeInfo", "symbol=" + enc(symbol));
        for (JsonNode s : info.path("symbols")) {
            if (symbol.equals(s.path("symbol").asText())) return s;
        }
        throw new ExchangeException(-1121, "binance: Invalid symbol " + symbol + " (not in exchangeInfo)");
    }

    /** GETs {@code prefix + path?query}, waiting out rate limits; the body as JSON. */
    JsonNode get(String path, String query) {
        URI uri = URI.create(baseUrl + market.restPrefix() + path + "?" + query);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> res;
            try {
                res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ExchangeException(0, "binance: cannot reach " + baseUrl + ": " + describe(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExchangeException(0, "binance: interrupted", e);
            }
            res.headers().firstValue("X-MBX-USED-WEIGHT-1m").ifPresent(w -> usedWeight = parseInt(w, usedWeight));
            int status = res.statusCode();
            if (status == 429 || status == 418) {
                if (attempt >= RETRIES) throw new ExchangeException(status, "binance: still rate limited (HTTP " + status + ") after " + RETRIES + " retries");
                long seconds = res.headers().firstValue("Retry-After").map(s -> (long) parseInt(s, 60)).orElse(60L);
                retryWaits++;
                pause(seconds * 1000);
                continue;
            }
            JsonNode body = parse(res.body(), status);
            if (status >= 400) {
                int code = body.path("code").asInt(0);
                String msg = body.path("msg").asText("HTTP " + status);
                throw new ExchangeException(code, "binance: " + msg + (code != 0 ? " (code " + code + ")" : "")
                        + " for " + path.substring(1) + "?" + query);
            }
            if (usedWeight >= market.weightPerMinute() * 9 / 10) {
                weightWaits++;
                pause(60_000 - Math.floorMod(clock.millis(), 60_000) + 100);
            }
            return body;
        }
    }

    private JsonNode parse(String body, int status) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ExchangeException(0, "binance: HTTP " + status + " with a body that is not JSON: " + abbreviate(body));
        }
    }

    private void pause(long millis) {
        try {
            sleeper.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeException(0, "binance: interrupted while waiting for the rate limit", e);
        }
    }

    /** The weight the exchange reported used in the current minute (last response). */
    public int usedWeight() { return usedWeight; }

    /** Waits taken because the used weight neared the budget. */
    public long weightWaits() { return weightWaits; }

    /** Waits taken on HTTP 429/418 (Retry-After). */
    public long retryWaits() { return retryWaits; }

    public BinanceMarket market() { return market; }

    public String baseUrl() { return baseUrl; }

    private static double d(JsonNode row, int i) { return Double.parseDouble(row.get(i).asText()); }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    private static String stripSlash(String url) { return url.endsWith("/") ? url.substring(0, url.length() - 1) : url; }

    private static String describe(IOException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.nio.channels.UnresolvedAddressException || c instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
        }
        if (e instanceof java.net.http.HttpConnectTimeoutException) return "connect timed out";
        if (e instanceof java.net.http.HttpTimeoutException) return "timed out";
        if (e instanceof java.net.ConnectException) return "connection refused";
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o).replaceAll("\\s+", " ");
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
