package dev.tradewind.runner;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Deterministic number text for files and the console. */
public final class Num {
    private Num() {}

    /**
     * The shortest exact decimal of a double without exponent; empty for NaN. The text of
     * {@code BigDecimal.valueOf(x).stripTrailingZeros().toPlainString()}, made from {@link Double#toString} (the same
     * shortest digits) by moving its point instead: the CSV files of a 1M-bar run call this for every number, and the
     * three objects a call took were a third of writing equity.csv.
     */
    public static String plain(double x) {
        if (Double.isNaN(x)) return "";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return "0";
        String s = Double.toString(x); // d.ddd, dddd.ddd or d.dddE[-]n: at least one digit on each side of the point
        int e = s.indexOf('E');
        if (e < 0) {
            int end = s.length();
            while (s.charAt(end - 1) == '0') end--;
            if (s.charAt(end - 1) == '.') end--;
            return end == s.length() ? s : s.substring(0, end);
        }
        boolean negative = s.charAt(0) == '-';
        int first = negative ? 1 : 0;
        int point = s.indexOf('.');
        int exponent = Integer.parseInt(s, e + 1, s.length(), 10);
        StringBuilder digits = new StringBuilder(e - first).append(s, first, point).append(s, point + 1, e);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits.setLength(end);
        int intDigits = point - first + exponent; // digits before the point once it has moved
        StringBuilder out = new StringBuilder(digits.length() + Math.abs(intDigits) + 3);
        if (negative) out.append('-');
        if (intDigits <= 0) {
            out.append("0.");
            out.repeat('0', -intDigits);
            out.append(digits);
        } else if (intDigits >= digits.length()) {
            out.append(digits);
            out.repeat('0', intDigits - digits.length());
        } else {
            out.append(digits, 0, intDigits).append('.').append(digits, intDigits, digits.length());
        }
        return out.toString();
    }

    /** Rounded to {@code digits} decimals, for people. */
    public static String fixed(double x, int digits) {
        if (!Double.isFinite(x)) return plain(x);
        return BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A fraction as a percentage with two decimals, e.g. 0.1234 -> 12.34%. */
    public static String percent(double fraction) { return fixed(fraction * 100, 2) + "%"; }
}
