package dev.tradewind.indicators;

/** Assertions on whole lines of values. */
final class Lines {

    static final double TOLERANCE = 1e-9;

    private Lines() {}

    /** Same NaN positions, and values within 1e-9 relative (absolute below 1). */
    static void assertClose(double[] actual, double[] expected, String what) {
        if (actual.length != expected.length) throw new AssertionError(what + ": length " + actual.length + " != " + expected.length);
        for (int i = 0; i < actual.length; i++) {
            double a = actual[i];
            double e = expected[i];
            if (Double.isNaN(a) != Double.isNaN(e)) {
                throw new AssertionError(what + " row " + i + ": expected " + e + " but was " + a);
            }
            if (!Double.isNaN(a) && !(Math.abs(a - e) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(e))))) {
                throw new AssertionError(what + " row " + i + ": expected " + e + " but was " + a);
            }
        }
    }

    /** Bit-for-bit equality (NaN equals NaN). */
    static void assertIdentical(double[] actual, double[] expected, String what) {
        if (actual.length != expected.length) throw new AssertionError(what + ": length " + actual.length + " != " + expected.length);
        for (int i = 0; i < actual.length; i++) {
            if (Double.doubleToLongBits(actual[i]) != Double.doubleToLongBits(expected[i])) {
                throw new AssertionError(what + " row " + i + ": expected " + expected[i] + " but was " + actual[i]);
            }
        }
    }
}
