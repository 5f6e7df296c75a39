package dev.tradewind.live.trade;

/**
 * Values a commission charged in some asset in the quote asset at the fill's price: the quote asset as is, the base
 * asset times the price; any other asset (e.g. BNB) at a price the caller supplies, or NaN when none is known.
 */
public record FeeValuation(String base, String quote, java.util.function.ToDoubleFunction<String> otherPrice) {

    public static FeeValuation of(String base, String quote) { return new FeeValuation(base, quote, a -> Double.NaN); }

    public double inQuote(double commission, String asset, double fillPrice) {
        if (commission == 0 || asset == null || asset.isEmpty()) return 0;
        if (asset.equals(quote)) return commission;
        if (asset.equals(base)) return commission * fillPrice;
        return commission * otherPrice.applyAsDouble(asset);
    }
}
