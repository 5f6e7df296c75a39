package dev.tradewind.model;

/** Call or put; {@link #sign()} is +1 for a call and -1 for a put, as in {@code max(sign (S - K), 0)}. */
public enum OptionType {
    CALL, PUT;

    /** +1 for a call, -1 for a put. */
    public int sign() { return this == CALL ? 1 : -1; }

    /** The option's value at expiry with the underlying at {@code underlying}. */
    public double intrinsic(double underlying, double strike) { return Math.max(sign() * (underlying - strike), 0); }
}
