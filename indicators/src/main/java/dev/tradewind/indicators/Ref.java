package dev.tradewind.indicators;

/** A line a node or series reads: a bar field or one output of a node. */
final class Ref {

    final Source source;
    final Node node;
    final int output;
    final int lookback;

    Ref(Source source) {
        this.source = source;
        this.node = null;
        this.output = 0;
        this.lookback = 0;
    }

    Ref(Node node, int output) {
        this.source = null;
        this.node = node;
        this.output = output;
        this.lookback = node.lookback(output);
    }

    double read(double open, double high, double low, double close, double volume) {
        return node != null ? node.indicator.value(output) : source.read(open, high, low, close, volume);
    }
}
