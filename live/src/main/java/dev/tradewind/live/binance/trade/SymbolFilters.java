package dev.tradewind.live.binance.trade;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.model.Side;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A Binance spot symbol's order filters from {@code exchangeInfo}, applied before an order is sent so the exchange never
 * has to refuse it for them: prices are put on the tick ({@code PRICE_FILTER}) and quantities on the step
 * ({@code LOT_SIZE}, {@code MARKET_LOT_SIZE} for market orders), then checked against min/max price and quantity,
 * {@code NOTIONAL}/{@code MIN_NOTIONAL} and {@code PERCENT_PRICE}/{@code PERCENT_PRICE_BY_SIDE} (against the
 * reference price the caller passes, the exchange's average price). Numbers are printed exactly (no exponent, no
 * binary noise).
 */
public final class SymbolFilters {
    private final String symbol;
    private final String base;
    private final String quote;
    private BigDecimal tick = BigDecimal.ZERO, minPrice = BigDecimal.ZERO, maxPrice = BigDecimal.ZERO;
    private BigDecimal step = BigDecimal.ZERO, minQty = BigDecimal.ZERO, maxQty = BigDecimal.ZERO;
    private BigDecimal mStep = BigDecimal.ZERO, mMinQty = BigDecimal.ZERO, mMaxQty = BigDecimal.ZERO;
    private BigDecimal minNotional = BigDecimal.ZERO, maxNotional = BigDecimal.ZERO;
    private boolean minToMarket = true, maxToMarket;
    private double bidUp, bidDown, askUp, askDown;
    private boolean percent;

    private SymbolFilters(String symbol, String base, String quote) {
        this.symbol = symbol;
        this.base = base;
        this.quote = quote;
    }

    /** From one entry of {@code exchangeInfo.symbols}. */
    public static SymbolFilters of(JsonNode s) {
        SymbolFilters f = new SymbolFilters(s.path("symbol").asText(), s.path("baseAsset").asText(), s.path("quoteAsset").asText());
        for (JsonNode x : s.path("filters")) {
            switch (x.path("filterType").asText()) {
                case "PRICE_FILTER" -> { f.tick = dec(x, "tickSize"); f.minPrice = dec(x, "minPrice"); f.maxPrice = dec(x, "maxPrice"); }
                case "LOT_SIZE" -> { f.step = dec(x, "stepSize"); f.minQty = dec(x, "minQty"); f.maxQty = dec(x, "maxQty"); }
                case "MARKET_LOT_SIZE" -> { f.mStep = dec(x, "stepSize"); f.mMinQty = dec(x, "minQty"); f.mMaxQty = dec(x, "maxQty"); }
                case "NOTIONAL" -> {
                    f.minNotional = dec(x, "minNotional");
                    f.maxNotional = dec(x, "maxNotional");
                    f.minToMarket = x.path("applyMinToMarket").asBoolean(true);
                    f.maxToMarket = x.path("applyMaxToMarket").asBoolean(false);
                }
                case "MIN_NOTIONAL" -> { f.minNotional = dec(x, "minNotional"); f.minToMarket = x.path("applyToMarket").asBoolean(true); }
                case "PERCENT_PRICE" -> {
                    f.percent = true;
                    f.bidUp = f.askUp = x.path("multiplierUp").asDouble();
                    f.bidDown = f.askDown = x.path("multiplierDown").asDouble();
                }
                case "PERCENT_PRICE_BY_SIDE" -> {
                    f.percent = true;
                    f.bidUp = x.path("bidMultiplierUp").asDouble();
                    f.bidDown = x.path("bidMultiplierDown").asDouble();
                    f.askUp = x.path("askMultiplierUp").asDouble();
                    f.askDown = x.path("askMultiplierDown").asDouble();
                }
                default -> { }
            }
        }
        return f;
    }

    /** A price on the tick grid (nearest tick). */
    public BigDecimal price(double p) { return onGrid(p, tick, RoundingMode.HALF_UP); }

    /** A quantity on the step grid (rounded down, unless within 1e-6 steps of the next line: binary noise). */
    public BigDecimal quantity(double q, boolean market) {
        BigDecimal s = market && mStep.signum() > 0 ? mStep : step;
        return onGrid(q, s, RoundingMode.FLOOR);
    }

    private static BigDecimal onGrid(double v, BigDecimal grid, RoundingMode mode) {
        BigDecimal d = new BigDecimal(Double.toString(v));
        if (grid.signum() == 0) return d.stripTrailingZeros();
        BigDecimal units = d.divide(grid, 12, RoundingMode.HALF_UP);
        BigDecimal nearest = units.setScale(0, RoundingMode.HALF_UP);
        if (units.subtract(nearest).abs().compareTo(new BigDecimal("0.000001")) < 0) units = nearest;
        return units.setScale(0, mode).multiply(grid).stripTrailingZeros();
    }

    /**
     * Why the exchange would refuse this order, in its own words plus the numbers ({@code Filter failure: LOT_SIZE
     * (quantity 0.001 < minQty 0.01)}), or null when it passes.
     *
     * @param price     the limit price, or null for a market order
     * @param stop      the trigger price, or null
     * @param reference the exchange's average price (for market notional and percent price); NaN if unknown
     */
    public String check(Side side, BigDecimal quantity, BigDecimal price, BigDecimal stop, double reference) {
        boolean market = price == null;
        BigDecimal lo = market && mStep.signum() > 0 ? mMinQty : minQty;
        BigDecimal hi = market && mStep.signum() > 0 ? mMaxQty : maxQty;
        String lot = market && mStep.signum() > 0 ? "MARKET_LOT_SIZE" : "LOT_SIZE";
        if (quantity.signum() <= 0) return "Filter failure: " + lot + " (quantity " + quantity.toPlainString() + " is 0 on the step grid)";
        if (lo.signum() > 0 && quantity.compareTo(lo) < 0) return "Filter failure: " + lot + " (quantity " + quantity.toPlainString() + " < minQty " + plain(lo) + ")";
        if (hi.signum() > 0 && quantity.compareTo(hi) > 0) return "Filter failure: " + lot + " (quantity " + quantity.toPlainString() + " > maxQty " + plain(hi) + ")";
        for (BigDecimal p : new BigDecimal[] {price, stop}) {
            if (p == null) continue;
            if (p.signum() <= 0) return "Filter failure: PRICE_FILTER (price " + p.toPlainString() + " <= 0)";
            if (minPrice.signum() > 0 && p.compareTo(minPrice) < 0) return "Filter failure: PRICE_FILTER (price " + p.toPlainString() + " < minPrice " + plain(minPrice) + ")";
            if (maxPrice.signum() > 0 && p.compareTo(maxPrice) > 0) return "Filter failure: PRICE_FILTER (price " + p.toPlainString() + " > maxPrice " + plain(maxPrice) + ")";
        }
        BigDecimal notionalPrice = price != null ? price : Double.isNaN(reference) ? null : new BigDecimal(Double.toString(reference));
        if (notionalPrice != null) {
            BigDecimal notional = notionalPrice.multiply(quantity);
            if (minNotional.signum() > 0 && (!market || minToMarket) && notional.compareTo(minNotional) < 0) {
                return "Filter failure: NOTIONAL (value " + plain(notional) + " < minNotional " + plain(minNotional) + ")";
            }
            if (maxNotional.signum() > 0 && (!market || maxToMarket) && notional.compareTo(maxNotional) > 0) {
                return "Filter failure: NOTIONAL (value " + plain(notional) + " > maxNotional " + plain(maxNotional) + ")";
            }
        }
        if (percent && price != null && !Double.isNaN(reference)) {
            double up = side == Side.BUY ? bidUp : askUp, down = side == Side.BUY ? bidDown : askDown;
            double p = price.doubleValue();
            if (up > 0 && p > reference * up) return "Filter failure: PERCENT_PRICE_BY_SIDE (price " + price.toPlainString() + " > " + up + " x average " + reference + ")";
            if (p < reference * down) return "Filter failure: PERCENT_PRICE_BY_SIDE (price " + price.toPlainString() + " < " + down + " x average " + reference + ")";
        }
        return null;
    }

    /** Whether the percent-price filter needs a reference price. */
    public boolean hasPercentPrice() { return percent; }

    public String symbol() { return symbol; }
    public String base() { return base; }
    public String quote() { return quote; }
    public BigDecimal minQty() { return minQty; }

    private static String plain(BigDecimal d) { return d.stripTrailingZeros().toPlainString(); }

    private static BigDecimal dec(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? BigDecimal.ZERO : new BigDecimal(v.asText());
    }
}
