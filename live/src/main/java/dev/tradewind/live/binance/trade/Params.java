package dev.tradewind.live.binance.trade;

import dev.tradewind.live.trade.Signer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A Binance request's parameters in the order given, and the two signature payloads the exchange defines: for REST
 * the percent-encoded query string as sent; for the WebSocket API the parameters sorted by name, values as UTF-8,
 * not encoded.
 */
public final class Params {
    private final List<String[]> pairs = new ArrayList<>();

    public Params add(String name, Object value) {
        if (value != null) pairs.add(new String[] {name, String.valueOf(value)});
        return this;
    }

    public String get(String name) {
        for (String[] p : pairs) if (p[0].equals(name)) return p[1];
        return null;
    }

    /** {@code a=1&b=2} with names and values percent-encoded (UTF-8), in insertion order: the REST payload. */
    public String query() {
        StringJoiner j = new StringJoiner("&");
        for (String[] p : pairs) j.add(enc(p[0]) + "=" + enc(p[1]));
        return j.toString();
    }

    /** The REST request with its signature appended ({@code query&signature=...}, the signature percent-encoded). */
    public String signedQuery(Signer signer) {
        String q = query();
        return q + "&signature=" + enc(signer.sign(q));
    }

    /** The WebSocket API payload: sorted by name, {@code name=value} joined by {@code &}, nothing encoded. */
    public String sortedPayload() {
        Map<String, String> sorted = new TreeMap<>();
        for (String[] p : pairs) sorted.put(p[0], p[1]);
        StringJoiner j = new StringJoiner("&");
        sorted.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    public List<String[]> pairs() { return pairs; }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"); }
}
