package dev.tradewind.model;

/** Order side. */
public enum Side {
    BUY(1), SELL(-1);

    private final int sign;

    Side(int sign) { this.sign = sign; }

    /** +1 for a buy, -1 for a sell. */
    public int sign() { return sign; }

    public Side opposite() { return this == BUY ? SELL : BUY; }
}
