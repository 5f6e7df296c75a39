package dev.tradewind.indicators;

/**
 * One indicator instance in a graph with the lines it reads: none (bar indicator), one, or two (fed their
 * difference). A node with inputs is fed only when its input is not NaN, so it starts where its input is ready.
 */
final class Node {

    final Indicator indicator;
    private final Ref first;
    private final Ref second;
    private final int inputLookback;

    Node(Indicator indicator, Ref first, Ref second) {
        this.indicator = indicator;
        this.first = first;
        this.second = second;
        this.inputLookback = Math.max(first == null ? 0 : first.lookback, second == null ? 0 : second.lookback);
    }

    void update(long time, double open, double high, double low, double close, double volume) {
        double x = Double.NaN;
        if (first != null) {
            x = first.read(open, high, low, close, volume);
            if (second != null) x -= second.read(open, high, low, close, volume);
            if (x != x) return;
        }
        indicator.update(time, open, high, low, close, volume, x);
    }

    /** Bars before {@code output} is valid, counting the inputs' lookback (TA-Lib chaining). */
    int lookback(int output) { return inputLookback + indicator.lookback(output); }
}
