package dev.tradewind.indicators;

/**
 * A single-input, single-output indicator that can also take a block of inputs in one call, keeping its state in
 * registers for the whole block. {@link #updateLine} must give exactly what calling {@code update} with each input
 * and reading {@code value(0)} after each would give (the graph uses either; a property test holds them equal).
 */
public interface LineIndicator extends Indicator {

    /**
     * For each bar {@code g} in {@code [from, to)}: feeds {@code in[g - inBase]} (ignored when NaN) and writes the
     * value after it to {@code out[g - outBase]}.
     */
    void updateLine(double[] in, int inBase, double[] out, int outBase, int from, int to);
}
