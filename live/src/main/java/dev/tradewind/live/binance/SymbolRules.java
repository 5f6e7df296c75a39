package dev.tradewind.live.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.model.Instrument;

/**
 * A Binance symbol's trading rules as an {@link Instrument}: {@code PRICE_FILTER.tickSize}, {@code LOT_SIZE.stepSize}
 * and the minimum order value ({@code NOTIONAL.minNotional} or {@code MIN_NOTIONAL.minNotional} on spot,
 * {@code MIN_NOTIONAL.notional} on futures). Futures margins come from {@code requiredMarginPercent} and
 * {@code maintMarginPercent} when exchangeInfo carries them (else 10% and 5%, the tier-one figures of common symbols).
 */
public final class SymbolRules {
    private SymbolRules() {}

    public static Instrument instrument(JsonNode symbolInfo, BinanceMarket market) {
        String symbol = symbolInfo.path("symbol").asText();
        double tick = 0, step = 0, minNotional = 0;
        for (JsonNode f : symbolInfo.path("filters")) {
            switch (f.path("filterType").asText()) {
                case "PRICE_FILTER" -> tick = num(f, "tickSize");
                case "LOT_SIZE" -> step = num(f, "stepSize");
                case "NOTIONAL", "MIN_NOTIONAL" -> minNotional = Math.max(minNotional,
                        f.has("minNotional") ? num(f, "minNotional") : num(f, "notional"));
                default -> { }
            }
        }
        if (market == BinanceMarket.SPOT) return new Instrument(symbol, Instrument.Kind.SPOT, tick, step, 1, 1, 0.5, minNotional);
        double margin = symbolInfo.has("requiredMarginPercent") ? num(symbolInfo, "requiredMarginPercent") / 100 : 0.10;
        double maint = symbolInfo.has("maintMarginPercent") ? num(symbolInfo, "maintMarginPercent") / 100 : margin / 2;
        return new Instrument(symbol, Instrument.Kind.FUTURE, tick, step, 1, margin, Math.min(maint, margin), minNotional);
    }

    private static double num(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null ? 0 : Double.parseDouble(v.asText());
    }
}
