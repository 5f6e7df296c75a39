package dev.tradewind.model;

/** The unit of a trailing stop's distance. */
public enum TrailUnit {
    /** Not a trailing order. */
    NONE,
    /** A price distance, e.g. 2.5. */
    PRICE,
    /** A percentage of the best price, e.g. 1.5 for 1.5%. */
    PERCENT,
    /** A multiple of the current ATR (the venue's ATR(14) of the bars it matches against). */
    ATR
}
