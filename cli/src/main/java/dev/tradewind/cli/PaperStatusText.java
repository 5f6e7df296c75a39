package dev.tradewind.cli;

/** Numbers as a person reads them on the status line: plain decimals, no exponent, no trailing zeros. */
final class PaperStatusText {
    private PaperStatusText() {}

    static String num(double x) {
        if (Double.isNaN(x)) return "-";
        if (x == 0) return "0";
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
