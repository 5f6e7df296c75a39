package dev.tradewind.runner;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Deterministic number text for files and the console. */
public final class Num {
    private Num() {}

    /** The shortest exact decimal of a double without exponent; empty for NaN. */
    public static String plain(double x) {
        if (Double.isNaN(x)) return "";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return "0";
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** Rounded to {@code digits} decimals, for people. */
    public static String fixed(double x, int digits) {
        if (!Double.isFinite(x)) return plain(x);
        return BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A fraction as a percentage with two decimals, e.g. 0.1234 -> 12.34%. */
    public static String percent(double fraction) { return fixed(fraction * 100, 2) + "%"; }
}
