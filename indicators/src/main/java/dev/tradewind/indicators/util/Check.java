package dev.tradewind.indicators.util;

/** Argument checks for indicator constructors; each failure is an {@link IllegalArgumentException} naming the value. */
public final class Check {

    private Check() {}

    /** Returns {@code value} if it is at least {@code min}. */
    public static int atLeast(String name, int value, int min) {
        if (value < min) throw new IllegalArgumentException(name + " must be >= " + min + ", got " + value);
        return value;
    }

    /** Returns {@code value} if it is finite and strictly positive. */
    public static double positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number, got " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite and not negative. */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
        }
        return value;
    }
}
