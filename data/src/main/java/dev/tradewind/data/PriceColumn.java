package dev.tradewind.data;

/** Which close a Yahoo-layout file's bars use. */
public enum PriceColumn {
    /** The traded close, as printed. */
    CLOSE,
    /**
     * Yahoo's Adj Close (split- and dividend-adjusted). Open, high and low are multiplied by the same ratio
     * {@code adjClose / close} so the bar stays consistent; volume is left as is.
     */
    ADJ_CLOSE
}
